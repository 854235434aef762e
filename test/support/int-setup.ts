import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import globalSetup from './global-setup';
import { serverUrls, TEST_DB_PREFIX } from './servers';

/** Connects to the test MySQL server (no database chosen). */
export async function serverConnection() {
  const url = new URL(serverUrls.mysql);
  return createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
  });
}

/**
 * Before the integration specs: the servers answer, and one database for the whole run exists.
 * The first spec file to start migrates it (see IntModule.create); each builds its own Nest module
 * on it, with data of its own.
 */
export default async function intSetup(): Promise<void> {
  await globalSetup();
  const name = `${TEST_DB_PREFIX}${Math.floor(Date.now() / 1000)}_int_${randomBytes(3).toString('hex')}`;
  const connection = await serverConnection();
  try {
    await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
  // Test workers start after this and inherit the environment.
  process.env.INT_DATABASE_URL = `${serverUrls.mysql}/${name}`;
}
