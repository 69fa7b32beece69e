// All jest suites of the workspace, as projects, so `jest` runs them in one process pool and reports one total.
const swc = require('./tools/jest/swc.cjs');
const paths = require('./tools/jest/paths.cjs');

const esm = { '^.+\\.m?js$': ['@swc/jest', { module: { type: 'commonjs' }, jsc: { target: 'es2022' } }] };

/** @type {import('jest').Config} */
module.exports = {
  // Integration tests load real data into a real PostgreSQL: seconds, not milliseconds.
  testTimeout: 60000,
  projects: [
    {
      displayName: 'shared-domain',
      testEnvironment: 'node',
      roots: ['<rootDir>/libs/shared'],
      transform: { '^.+\\.ts$': swc() },
      moduleNameMapper: paths,
    },
    {
      displayName: 'api',
      testEnvironment: 'node',
      roots: ['<rootDir>/apps/api'],
      transform: { '^.+\\.ts$': swc({ ignoreDynamic: true }), ...esm },
      // Nest 12 and friends are ES modules: compile node_modules too (cached after the first run).
      transformIgnorePatterns: [],
      moduleNameMapper: paths,
      globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
      setupFiles: ['<rootDir>/apps/api/test/setup-env.ts'],
    },
    {
      displayName: 'web',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/libs/web', '<rootDir>/apps/web'],
      testPathIgnorePatterns: ['/node_modules/', '/apps/web-e2e/'],
      transform: { '^.+\\.tsx?$': swc({ tsx: true }), ...esm },
      transformIgnorePatterns: [],
      moduleNameMapper: { ...paths, '\\.css$': '<rootDir>/tools/jest/style-mock.cjs' },
      setupFiles: ['<rootDir>/tools/jest/web-setup.cjs'],
    },
  ],
};
