import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web app, from the API's schema: every `graphql()` call gets its result
 * and variable types. Each area of the app (a folder of src/ that is a chunk of its own) has its
 * own `gql/` with only its documents, so a chunk carries the documents it sends and no other: a
 * patron's first load holds the catalog's, not the partner portal's. `npm run codegen` writes
 * them; the lint fails when they are stale.
 */
export const AREAS = ['catalog', 'account', 'sessions', 'registration', 'branches', 'partner', 'desk', 'coordinator', 'admin'] as const;

/** Fragments an area borrows from another: a branch's page lists its sessions with the catalog's cards. */
const BORROWS: Partial<Record<(typeof AREAS)[number], string[]>> = { branches: ['catalog/session-card.tsx'] };

const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  ignoreNoDocuments: true,
  generates: Object.fromEntries(
    AREAS.map((area) => [
      `apps/web/src/${area}/gql/`,
      {
        documents: [
          `apps/web/src/${area}/**/*.{ts,tsx}`,
          `!apps/web/src/${area}/gql/**`,
          ...(BORROWS[area] ?? []).map((file) => `apps/web/src/${file}`),
        ],
        preset: 'client',
        // Only the enums and inputs the area's documents use, not the whole schema's.
        config: {
          useTypeImports: true,
          enumsAsTypes: true,
          onlyOperationTypes: true,
          scalars: { DateTime: 'string', Date: 'string', LocalTime: 'string' },
        },
        presetConfig: { fragmentMasking: false },
      },
    ]),
  ),
};

export default config;
