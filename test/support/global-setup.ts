import { createConnection } from 'mysql2/promise';
import { Redis } from 'ioredis';
import { serverUrls, TEST_DB_PREFIX } from './servers';

/** Test databases older than this are left over from runs that crashed; they are dropped. */
const STALE_SECONDS = 6 * 3600;

/**
 * Before the end-to-end suites: MariaDB and Redis must answer (the test script starts local ones),
 * and databases left behind by crashed runs are dropped.
 */
export default async function globalSetup(): Promise<void> {
  const url = new URL(serverUrls.mysql);
  let connection;
  try {
    connection = await createConnection({
      host: url.hostname,
      port: Number(url.port || 3306),
      user: decodeURIComponent(url.username || 'root'),
      password: decodeURIComponent(url.password),
      connectTimeout: 3000,
    });
  } catch (error) {
    throw new Error(
      `MariaDB/MySQL is not reachable at ${url.host}: ${(error as Error).message}. Start it (see the README) and run again.`,
      { cause: error },
    );
  }
  try {
    const [rows] = await connection.query<Array<{ name: string } & import('mysql2').RowDataPacket>>(
      "SELECT schema_name AS name FROM information_schema.schemata WHERE schema_name LIKE 'crt\\_%'",
    );
    const now = Math.floor(Date.now() / 1000);
    for (const { name } of rows) {
      const created = Number(name.slice(TEST_DB_PREFIX.length).split('_')[0]);
      if (Number.isFinite(created) && now - created > STALE_SECONDS) await connection.query(`DROP DATABASE \`${name}\``);
    }
  } finally {
    await connection.end();
  }
  const redis = new Redis(serverUrls.redis, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(
      `Redis is not reachable at ${serverUrls.redis}: ${(error as Error).message}. Start it (see the README) and run again.`,
      { cause: error },
    );
  } finally {
    redis.disconnect();
  }
}
