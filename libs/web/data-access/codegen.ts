import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the web app, generated from the API's committed schema (apps/api/schema.gql). */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['libs/web/*/src/**/*.{ts,tsx}', 'apps/web/src/**/*.{ts,tsx}', '!libs/web/data-access/src/gql/**', '!**/*.spec.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'libs/web/data-access/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', Date: 'string', ID: 'string' } },
    },
  },
  hooks: { afterAllFileWrite: [] },
};

export default config;
