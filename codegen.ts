import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Web types from the committed schema: operations live beside the components that use them,
 * written with the generated `graphql()` function, and become typed documents here.
 * `pnpm codegen` emits `schema.graphql` from the API first, so both stay in step.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/generated/': {
      preset: 'client',
      presetConfig: {
        // No fragment masking yet: pages read their own queries; turn on when fragments appear.
        fragmentMasking: false,
      },
      config: {
        // Enums as string unions, so values from @warden/shared (also string unions) fit directly.
        enumType: 'string-literal',
        useTypeImports: true,
        // The API speaks ISO 8601 strings with offset (R62).
        // Date is a calendar day, `YYYY-MM-DD` (no time, no zone).
        scalars: { DateTimeISO: 'string', Date: 'string' },
        defaultScalarType: 'unknown',
        avoidOptionals: { field: true, inputValue: false },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
