// One jest run for the whole repo. Projects: unit tests beside the code, integration tests over
// HTTP against a running server (on SQLite, and again on MariaDB when TEST_DATABASE_URL is set),
// and browser tests in Debian's Chromium.
const path = require('node:path');

// swc, not ts-jest: it emits the decorator metadata type-graphql and TypeORM read, and it is fast.
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const base = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': swcTransform },
  // Agenda 6 and the htmlparser2 family (sanitize-html's parser) are ESM-only; jest's loader cannot
  // require() them, so swc transforms them as well.
  transformIgnorePatterns: [
    '/node_modules/(?!(\\.pnpm/[^/]*(agenda|@agendajs|htmlparser2|domhandler|domutils|domelementtype|dom-serializer|entities)[^/]*/node_modules/)?(agenda|@agendajs|htmlparser2|domhandler|domutils|domelementtype|dom-serializer|entities)/)',
  ],
  moduleNameMapper: {
    '^@warden/shared$': path.join(__dirname, 'libs/shared/src/index.ts'),
    '^agenda-typeorm-backend$': path.join(__dirname, 'libs/agenda-typeorm-backend/src/index.ts'),
  },
  setupFiles: [path.join(__dirname, 'tests/support/jest-setup.ts')],
};

const integration = (database) => ({
  ...base,
  displayName: `integration:${database}`,
  testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
  globals: { WARDEN_TEST_DATABASE: database },
});

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60_000,
  reporters: ['default', path.join(__dirname, 'tests/support/summary-reporter.js')],
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/apps/api/src/**/*.test.ts', '<rootDir>/libs/*/src/**/*.test.ts'],
    },
    integration('sqlite'),
    ...(process.env.TEST_DATABASE_URL ? [integration('mariadb')] : []),
    {
      ...base,
      displayName: 'browser',
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      globalSetup: path.join(__dirname, 'tests/support/build-web.ts'),
    },
  ],
};
