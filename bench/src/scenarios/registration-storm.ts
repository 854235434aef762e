import { randomUUID } from 'node:crypto';
import * as hdr from 'hdr-histogram-js';
import type { PoolConnection, ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { load, type BenchEnv, type Measurement, type ScenarioResult } from '../harness';
import { seedWorkshop } from '../seed';

const SESSIONS = 20;
const REGISTRATIONS = 2000;
const CLIENTS = 100;
const CAPACITY = 60;

/**
 * The same seat claim as the API, in plain mysql2: claim seats with a conditional update, else
 * join the waitlist; insert the registration and its outbox row; commit.
 */
async function claimDirectly(connection: PoolConnection, sessionId: string, partySize: number, n: number): Promise<void> {
  const now = new Date();
  await connection.beginTransaction();
  try {
    const [claim] = await connection.query<ResultSetHeader>(
      'UPDATE session_seats SET seats_taken = seats_taken + ? WHERE session_id = ? AND accepting = 1 AND seats_taken + ? <= capacity',
      [partySize, sessionId, partySize],
    );
    let status = 'CONFIRMED';
    if (claim.affectedRows !== 1) {
      status = 'WAITLISTED';
      await connection.query(
        'UPDATE session_seats SET waitlist_length = waitlist_length + 1, waitlisted_seats = waitlisted_seats + ? WHERE session_id = ? AND accepting = 1',
        [partySize, sessionId],
      );
      await connection.query<RowDataPacket[]>('SELECT waitlist_length FROM session_seats WHERE session_id = ?', [sessionId]);
    }
    const id = randomUUID();
    const hash = randomUUID().replace(/-/g, '').padEnd(64, '0');
    await connection.query(
      `INSERT INTO registration (id, session_id, status, name, email, email_hash, live_email_hash, party_size, manage_token_hash, manage_token_salt, patron_news_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        sessionId,
        status,
        'Baseline',
        `baseline-${n}@bench.local`,
        hash,
        hash,
        partySize,
        `${hash.slice(0, 63)}b`,
        hash.slice(0, 32),
        now,
        now,
        now,
      ],
    );
    await connection.query(
      `INSERT INTO notification (id, kind, status, recipient, session_id, registration_id, subject, params, due_at, created_at, updated_at)
       VALUES (?, ?, 'PENDING', ?, ?, ?, 'You are registered', '{}', ?, ?, ?)`,
      [
        randomUUID(),
        status === 'CONFIRMED' ? 'REGISTRATION_CONFIRMED' : 'REGISTRATION_WAITLISTED',
        `baseline-${n}@bench.local`,
        sessionId,
        id,
        now,
        now,
        now,
      ],
    );
    await connection.commit();
  } catch (error) {
    await connection.rollback();
    throw error;
  }
}

async function baseline(env: BenchEnv, sessionIds: string[]): Promise<Measurement> {
  const histogram = hdr.build();
  let next = 0;
  let errors = 0;
  const started = Date.now();
  const client = async () => {
    for (;;) {
      const n = next++;
      if (n >= REGISTRATIONS) return;
      const began = process.hrtime.bigint();
      const connection = await env.pool.getConnection();
      try {
        await claimDirectly(connection, sessionIds[n % SESSIONS], 1 + (n % 3), n);
      } catch {
        errors += 1;
      } finally {
        connection.release();
      }
      histogram.recordValue(Number(process.hrtime.bigint() - began) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const seconds = (Date.now() - started) / 1000;
  return {
    requests: REGISTRATIONS,
    errors,
    throughputRps: Math.round((REGISTRATIONS / seconds) * 10) / 10,
    latencyMs: {
      p50: histogram.getValueAtPercentile(50),
      p95: histogram.getValueAtPercentile(95),
      p99: histogram.getValueAtPercentile(99),
      mean: Math.round(histogram.mean * 100) / 100,
    },
  };
}

/** 2,000 registrations over 20 sessions from 100 concurrent clients, against the same transaction in plain mysql2. */
export async function registrationStorm(env: BenchEnv): Promise<ScenarioResult[]> {
  const sessionIds = await seedWorkshop(env, { name: 'Storm', capacity: CAPACITY, roomCapacity: 200, sessions: SESSIONS });
  const query = 'mutation($i: RegisterInput!) { registerForSession(input: $i) { manageToken registration { id status } } }';
  let n = 0;
  const body = () => {
    n += 1;
    return JSON.stringify({
      query,
      variables: {
        i: { sessionId: sessionIds[n % SESSIONS], name: `Patron ${n}`, email: `storm-${n}@bench.local`, partySize: 1 + (n % 3) },
      },
    });
  };
  const memory = env.memory();
  memory.start();
  const api = await load({ url: env.graphqlUrl, connections: CLIENTS, amount: REGISTRATIONS, body });
  const apiPeakRssMb = memory.stop();
  const [[{ registrations }]] = await env.pool.query<RowDataPacket[]>('SELECT COUNT(*) AS registrations FROM registration');
  const plain = await baseline(env, sessionIds);
  // The invariant holds after both: no session over its capacity.
  const [over] = await env.pool.query<RowDataPacket[]>(
    'SELECT COUNT(*) AS n FROM session s JOIN session_seats l ON l.session_id = s.id WHERE l.seats_taken > s.capacity OR l.seats_taken > l.capacity',
  );
  return [
    {
      name: 'registration storm',
      description: `${REGISTRATIONS} registrations over ${SESSIONS} sessions (${CAPACITY} seats each), ${CLIENTS} concurrent clients`,
      connections: CLIENTS,
      ...api,
      apiPeakRssMb,
      baseline: { name: 'mysql2, same seat-claim transaction', ...plain },
      ratio: Math.round((api.throughputRps / plain.throughputRps) * 100) / 100,
      notes: [`${registrations} registrations stored by the API`, `${(over as Array<{ n: number }>)[0].n} sessions over capacity`],
    },
  ];
}
