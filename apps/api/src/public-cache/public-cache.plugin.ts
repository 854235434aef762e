import type { ApolloDriverConfig } from '@nestjs/apollo';
import { isUUID } from 'class-validator';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { GraphqlContext } from '../graphql/context';
import { EVERY_TAG, type PublicCache } from './public-cache.service';

/** Apollo's plugin type as the Nest driver sees it (its CommonJS typings, not the ESM ones). */
type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/**
 * What mutations do to public pages. Registrations change their sessions' seats, which the
 * registrations library announces after commit (PublicCache listens); others show nothing
 * public. Every other mutation (a coordinator's or an administrator's: sessions, rooms,
 * closures, workshops, agencies...) drops every entry: they are rare, and reach many pages.
 */
const SEAT_MUTATIONS = new Set([
  'registerForSession',
  'cancelRegistration',
  'cancelRegistrationById',
  'checkIn',
  'checkInByToken',
  'undoCheckIn',
  'recordWalkIns',
]);
const PRIVATE_MUTATIONS = new Set(['login', 'requestPasswordReset', 'resetPassword', 'changePassword', 'updateRegistrationPreferences']);

function rootFields(operation: OperationDefinitionNode): string[] | null {
  const names: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return null;
    if (selection.name.value !== '__typename') names.push(selection.name.value);
  }
  return names;
}

/** Every id in a value (an answer's `id` fields, or the variables): the tags of an entry. */
function idsIn(value: unknown, into: Set<string>, depth = 0): Set<string> {
  if (depth > 12 || value === null || typeof value !== 'object') {
    if (typeof value === 'string' && value.length === 36 && isUUID(value)) into.add(value.toLowerCase());
    return into;
  }
  for (const item of Array.isArray(value) ? value : Object.values(value)) idsIn(item, into, depth + 1);
  return into;
}

/**
 * Stores anonymous answers to the catalog's reads (see PublicCacheMiddleware for the other half)
 * and, for GET, tells browsers and CDNs they may keep them for the TTL. A successful mutation
 * drops what it may have changed (see SEAT_MUTATIONS).
 */
export function publicCachePlugin(cache: PublicCache): ApolloPlugin {
  return {
    async requestDidStart() {
      const startedAt = Date.now();
      return {
        async willSendResponse({ request, response, contextValue, operation }) {
          if (!cache.enabled || !operation || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors?.length) return;
          if (operation.operation === 'mutation') {
            const roots = rootFields(operation) ?? [];
            if (!roots.every((r) => SEAT_MUTATIONS.has(r) || PRIVATE_MUTATIONS.has(r))) cache.invalidate([EVERY_TAG]);
            return;
          }
          const context = contextValue as GraphqlContext;
          if (context.viewer || context.req.headers.authorization) return;
          // Null unless the document is a catalog read.
          const key = typeof request.query === 'string' ? cache.key(request.query, request.operationName, request.variables) : null;
          if (!key) return;
          const tags = idsIn(result.data, idsIn(request.variables, new Set([EVERY_TAG])));
          const etag = cache.set(key, `${JSON.stringify(result)}\n`, [...tags], startedAt);
          response.http.headers.set('x-cache', 'miss');
          if (etag) response.http.headers.set('etag', etag);
          if (request.http?.method === 'GET') {
            response.http.headers.set('cache-control', `public, max-age=${Math.floor(cache.ttlMs / 1000)}`);
          }
        },
      };
    },
  };
}
