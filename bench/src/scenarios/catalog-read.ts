import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import type { RowDataPacket } from 'mysql2/promise';
import { load, type BenchEnv, type ScenarioResult } from '../harness';
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
          `SELECT s.id, s.starts_at, s.ends_at, s.capacity, s.seats_taken,
                  w.id AS w_id, w.title, w.summary, a.id AS a_id, a.name AS a_name,
                  r.id AS r_id, r.name AS r_name, r.features, b.id AS b_id, b.name AS b_name, b.time_zone
             FROM session s
             JOIN workshop w ON w.id = s.workshop_id
             JOIN agency a ON a.id = w.agency_id
             JOIN branch b ON b.id = s.branch_id
             LEFT JOIN room r ON r.id = s.room_id
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

/** 64 clients reading the first catalog page for 15 s, against the bare handler returning the same JSON. */
export async function catalogRead(env: BenchEnv): Promise<ScenarioResult[]> {
  await seedWorkshop(env, { name: 'Catalog', capacity: 30, roomCapacity: 40, sessions: SESSIONS });
  const body = () => JSON.stringify({ query: CATALOG_QUERY });

  const bare = await bareServer(env);
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
  try {
    // The baseline must answer exactly what the API answers, or the ratio means nothing.
    const fromApi = await (
      await fetch(env.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body() })
    ).json();
    const fromBare = await (await fetch(bareUrl, { method: 'POST', body: body() })).json();
    if (!isDeepStrictEqual(fromApi, fromBare)) {
      throw new Error(
        `The baseline answers differently:\n${JSON.stringify(fromApi).slice(0, 600)}\n${JSON.stringify(fromBare).slice(0, 600)}`,
      );
    }

    const memory = env.memory();
    memory.start();
    const api = await load({ url: env.graphqlUrl, connections: CLIENTS, duration: DURATION_SECONDS, body });
    const apiPeakRssMb = memory.stop();
    const plain = await load({ url: bareUrl, connections: CLIENTS, duration: DURATION_SECONDS, body });
    return [
      {
        name: 'catalog read',
        description: `sessions(first: ${PAGE}) with workshop, agency, room and branch, ${CLIENTS} concurrent clients for ${DURATION_SECONDS} s`,
        connections: CLIENTS,
        ...api,
        apiPeakRssMb,
        baseline: { name: 'node:http + mysql2, one joined query, same JSON', ...plain },
        ratio: Math.round((api.throughputRps / plain.throughputRps) * 100) / 100,
      },
    ];
  } finally {
    await new Promise((resolve) => bare.close(resolve));
  }
}
