import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web app, from the API's schema: every `graphql()` call in src/ gets its
 * result and variable types. `npm run codegen` writes src/gql/; the lint fails when they are stale.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', Date: 'string', LocalTime: 'string' } },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
