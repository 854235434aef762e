import type { Client as WsClient } from 'graphql-ws';
import { cacheExchange, Client, fetchExchange, mapExchange, subscriptionExchange } from 'urql';

/**
 * The WebSocket client (graphql-ws) loads with the first subscription (a session's live seat
 * count), not with the catalog.
 */
let ws: Promise<WsClient> | undefined;
const webSocket = () =>
  (ws ??= import('graphql-ws').then(({ createClient }) =>
    createClient({
      url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
      lazy: true,
      retryAttempts: Infinity,
    }),
  ));

/** `said`: the API said the session ended; false: a request was refused as not signed in (see below). */
const sessionEndedListeners = new Set<(said: boolean) => void>();

/**
 * Called when the API says the browser's session ended (expired, or revoked by a password
 * change), or refuses a request as not signed in: the app sends the person to sign in again, and
 * back afterwards. (A public read made after the session ended clears the cookie without an
 * error, so the next refusal no longer says why; the viewer decides whether someone was signed in.)
 */
export function onSessionEnded(listener: (said: boolean) => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

/**
 * The app's one GraphQL client: queries and mutations over HTTP to the API of this origin (the
 * session is its cookie: nothing is kept in script-readable storage), subscriptions over
 * graphql-ws on the same path. Queries go as GET (the API's public cache answers those); the
 * `apollo-require-preflight` header is what the API's CSRF prevention asks of a browser's GET.
 */
export const client = new Client({
  url: '/graphql',
  preferGetMethod: 'within-url-limit',
  fetchOptions: {
    credentials: 'same-origin',
    headers: { accept: 'application/graphql-response+json, application/json', 'apollo-require-preflight': 'true' },
  },
  // Every answer is read again when a page asks: the API's own cache keeps public pages cheap.
  requestPolicy: 'cache-and-network',
  exchanges: [
    cacheExchange,
    mapExchange({
      onError(error) {
        const said = error.graphQLErrors.some((e) => e.extensions?.sessionEnded);
        if (said || error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'))
          for (const listener of sessionEndedListeners) listener(said);
      },
    }),
    fetchExchange,
    subscriptionExchange({
      forwardSubscription: (request) => ({
        subscribe: (sink) => {
          let closed = false;
          let unsubscribe = () => {};
          void webSocket().then((socket) => {
            if (!closed) unsubscribe = socket.subscribe({ ...request, query: request.query ?? '' }, sink);
          });
          return {
            unsubscribe: () => {
              closed = true;
              unsubscribe();
            },
          };
        },
      }),
    }),
  ],
});
