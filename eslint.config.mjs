import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import jangkau from './tools/eslint/module-layers.mjs';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', 'dist/**', 'tmp/**', '.data/**', '.nx/**', 'libs/web/data-access/src/gql/**', 'test-results/**', 'playwright-report/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    plugins: { '@nx': nx },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // The house rules, enforced (README "What is where"): web never imports api, ui never imports data-access,
      // shared imports only shared.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@apollo/client', importNames: ['useQuery', 'useMutation', 'useLazyQuery'], message: 'Apollo Client 4: import hooks from @apollo/client/react.' }],
        },
      ],
    },
  },
  {
    // Type-aware rules for the TypeScript sources: each file is type-checked by the tsconfig.json nearest to it
    // (apps/api, apps/web, apps/web-e2e, libs/shared/domain, libs/web). A promise nobody awaits loses its rejection;
    // fire-and-forget is written `void …` with its errors handled inside.
    files: ['apps/**/*.{ts,tsx,mts}', 'libs/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // react-router's navigate() is typed `void | Promise<void>`; under <BrowserRouter> it returns nothing, and a data
      // router's promise never rejects (a failed navigation renders the route's error element), so it may float.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', package: 'react-router', name: 'NavigateFunction' }] }],
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['libs/web/**/*.{ts,tsx}', 'apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Only the charts lib draws charts: recharts stays out of every other lib.
    files: ['libs/**/*.{ts,tsx}', 'apps/web/**/*.{ts,tsx}'],
    ignores: ['libs/web/charts/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'recharts', message: 'Charts live in @jangkau/web-charts.' }] }] },
  },
  {
    // One direction of dependency in the API: no file imports itself back (import-x/no-cycle), and each room
    // (apps/api/src/common, apps/api/src/modules/<name>) imports only from rooms of lower layers (jangkau/module-layers,
    // tools/eslint/module-layers.mjs), so no cycle of modules can form. Specs may reach anywhere.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    plugins: { 'import-x': importX, jangkau },
    settings: { 'import-x/extensions': ['.ts', '.js'], 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'] })] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'jangkau/module-layers': [
        'error',
        {
          root: 'apps/api/src',
          // Lowest first: the record-keeping rooms, then the parties, activities, the figures computed from them,
          // and the rooms that gather everything (reports, notifications, demo data).
          layers: [
            ['common'],
            ['modules/region', 'modules/audit', 'modules/health'],
            ['modules/boundary', 'modules/programme', 'modules/agency'],
            ['modules/user'],
            ['modules/auth'],
            ['modules/activity'],
            ['modules/coverage'],
            ['modules/target'],
            ['modules/desa-binaan'],
            ['modules/report'],
            ['modules/notification'],
            ['modules/confirmation'],
            ['modules/seed'],
            ['modules/app-info'],
          ],
          // Imports still going upwards (from>to), each with its reason: none left. Add one only with a comment.
          allow: [],
        },
      ],
    },
  },
  {
    // Coverage maintenance is a declared dependency: a writer that changes what coverage counts receives
    // CoverageMaintenance through its constructor (rollups/coverage-maintenance.ts). The free functions are for code
    // that runs without the Nest container: the rollups themselves, migrations and the demo seeds.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['**/*.spec.ts', 'apps/api/src/modules/activity/rollups/**', 'apps/api/src/database/migrations/**', 'apps/api/src/modules/seed/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/rollups/coverage-maintenance'],
              importNames: ['applyCoverageChange', 'bumpCoverageGeneration'],
              message: 'Inject CoverageMaintenance (CoverageMaintenanceModule) and call it with the transaction’s EntityManager.',
            },
          ],
        },
      ],
    },
  },
  {
    // Typed data access (database/kysely.ts): a converted module's SQL lives in its *.repository.ts, typed from
    // database/db-types.ts; its other files call the repository, never an untyped `.query(…)` returning any.
    // Every module and common/ (a new module is covered from its first file).
    files: ['apps/api/src/modules/**/*.ts', 'apps/api/src/common/**/*.ts'],
    // change-listener.ts: LISTEN on a pg client of its own, outside the pool; it reads no table.
    ignores: ['**/*.spec.ts', '**/*.repository.ts', 'apps/api/src/common/change-listener.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='query']",
          message: 'Untyped SQL: put the query in this module’s *.repository.ts, written with db() from database/kysely.ts.',
        },
      ],
    },
  },
  {
    files: ['**/*.spec.{ts,tsx}', 'apps/*/test/**/*.ts', 'tools/**/*.{js,cjs,mjs}'],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
  },
);
