import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import type { RowDataPacket } from 'mysql2/promise';
import { load, loadTogether, type BenchEnv, type Measurement, type ScenarioResult } from '../harness';
import { seedWorkshop } from '../seed';

const SESSIONS = 250;
const PAGE = 50;
const CLIENTS = 64;
const DURATION_SECONDS = 15;

/** A patron's catalog page: 50 upcoming sessions with their workshop, agency, room and branch. */
export const CATALOG_QUERY = `query { sessions(first: ${PAGE}) { edges { cursor node { id startsAt endsAt seatsRemaining
  workshop { id title summary agency { id name } } room { id name features } branch { id name timeZone } } }
  pageInfo { hasNextPage endCursor } } }`;

const cursorOf = (startsAt: Date, id: string) => Buffer.from(JSON.stringify([startsAt.toISOString(), id])).toString('base64url');

/**
 * The same page from a bare node:http handler: one SQL query with joins through mysql2, the JSON
 * shaped by hand. No framework, no GraphQL, no access rules: the floor the API is measured against.
 */
async function bareServer(env: BenchEnv): Promise<Server> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const now = new Date();
      env.pool
        .query<RowDataPacket[]>(
          `SELECT s.id, s.starts_at, s.ends_at, s.capacity, COALESCE(l.seats_taken, 0) AS seats_taken,
                  w.id AS w_id, w.title, w.summary, a.id AS a_id, a.name AS a_name,
                  r.id AS r_id, r.name AS r_name, r.features, b.id AS b_id, b.name AS b_name, b.time_zone
             FROM session s
             JOIN workshop w ON w.id = s.workshop_id
             JOIN agency a ON a.id = w.agency_id
             JOIN branch b ON b.id = s.branch_id
             LEFT JOIN room r ON r.id = s.room_id
             LEFT JOIN session_seats l ON l.session_id = s.id
            WHERE w.status IN ('APPROVED', 'CANCELLED') AND s.status = 'SCHEDULED' AND s.ends_at > ? AND s.starts_at >= ?
            ORDER BY s.starts_at, s.id
            LIMIT ?`,
          [now, now, PAGE + 1],
        )
        .then(([rows]) => {
          const edges = rows.slice(0, PAGE).map((r) => ({
            cursor: cursorOf(r.starts_at, r.id),
            node: {
              id: r.id,
              startsAt: r.starts_at.toISOString(),
              endsAt: r.ends_at.toISOString(),
              seatsRemaining: r.capacity - r.seats_taken,
              workshop: { id: r.w_id, title: r.title, summary: r.summary, agency: { id: r.a_id, name: r.a_name } },
              room: r.r_id
                ? { id: r.r_id, name: r.r_name, features: typeof r.features === 'string' ? JSON.parse(r.features) : r.features }
                : null,
              branch: { id: r.b_id, name: r.b_name, timeZone: r.time_zone },
            },
          }));
          const body = JSON.stringify({
            data: {
              sessions: {
                edges,
                pageInfo: { hasNextPage: rows.length > PAGE, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
              },
            },
          });
          res.writeHead(200, { 'content-type': 'application/json' }).end(body);
        })
        .catch((error: Error) => res.writeHead(500).end(error.message));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** The request floor's baseline: a bare node:http handler answering `{ __typename }` with fixed JSON. */
async function bareFloor(): Promise<Server> {
  const body = JSON.stringify({ data: { __typename: 'Query' } });
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/**
 * The catalog page read by 64 clients for 15 s: anonymously (the public cache answers), signed in
 * as a coordinator (never cached), and signed in over two API processes; against a bare
 * node:http handler returning the same JSON from one joined mysql2 query. And the request floor:
 * `{ __typename }` against a bare node:http handler. Every baseline is measured in this run.
 */
export async function catalogRead(env: BenchEnv): Promise<ScenarioResult[]> {
  await seedWorkshop(env, { name: 'Catalog', capacity: 30, roomCapacity: 40, sessions: SESSIONS });
  const coordinator = await env.login('coordinator@bench.local', 'bench-password-1');
  const signedIn = { authorization: `Bearer ${coordinator}` };
  const body = () => JSON.stringify({ query: CATALOG_QUERY });
  const floorBody = () => JSON.stringify({ query: '{ __typename }' });

  const bare = await bareServer(env);
  const floor = await bareFloor();
  try {
    // The baseline must answer exactly what the API answers, or the ratio means nothing.
    for (const headers of [{}, signedIn]) {
      const fromApi = await (
        await fetch(env.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: body() })
      ).json();
      const fromBare = await (await fetch(urlOf(bare), { method: 'POST', body: body() })).json();
      if (!isDeepStrictEqual(fromApi, fromBare)) {
        throw new Error(
          `The baseline answers differently:\n${JSON.stringify(fromApi).slice(0, 600)}\n${JSON.stringify(fromBare).slice(0, 600)}`,
        );
      }
    }
    const run = { connections: CLIENTS, duration: DURATION_SECONDS };
    const results: ScenarioResult[] = [];
    const measure = async (name: string, description: string, work: () => Promise<Measurement>) => {
      const memory = env.memory();
      memory.start();
      const measured = await work();
      return { name, description, connections: CLIENTS, ...measured, apiPeakRssMb: memory.stop() };
    };

    const floorApi = await measure('request floor { __typename }', '{ __typename }, 64 concurrent clients for 15 s', () =>
      load({ url: env.graphqlUrl, body: floorBody, ...run }),
    );
    const floorBare = await load({ url: urlOf(floor), body: floorBody, ...run });
    results.push({
      ...floorApi,
      baseline: { name: 'bare node:http, fixed JSON', ...floorBare },
      ratio: ratio(floorApi.throughputRps, floorBare.throughputRps),
    });

    const page = `sessions(first: ${PAGE}) with workshop, agency, room and branch, ${CLIENTS} concurrent clients for ${DURATION_SECONDS} s`;
    const anonymous = await measure('catalog read, anonymous (cached)', page, () => load({ url: env.graphqlUrl, body, ...run }));
    const staff = await measure('catalog read, signed in (not cached)', `${page}, as a coordinator`, () =>
      load({ url: env.graphqlUrl, body, headers: signedIn, ...run }),
    );
    const [second] = await env.startMoreApis(1);
    const two = await measure(
      'catalog read, signed in, two API processes',
      `${page}, as a coordinator, half the clients on each process`,
      () =>
        loadTogether(
          [env.graphqlUrl, second].map((url) => ({ url, body, headers: signedIn, connections: CLIENTS / 2, duration: DURATION_SECONDS })),
        ),
    );
    const plain = await load({ url: urlOf(bare), body, ...run });
    const baseline = { name: 'node:http + mysql2, one joined query, same JSON', ...plain };
    for (const result of [anonymous, staff, two])
      results.push({ ...result, baseline, ratio: ratio(result.throughputRps, plain.throughputRps) });
    return results;
  } finally {
    await new Promise((resolve) => bare.close(resolve));
    await new Promise((resolve) => floor.close(resolve));
  }
}
