import { serverConnection } from './int-setup';

/** After the integration specs: the run's database goes. */
export default async function intTeardown(): Promise<void> {
  const url = process.env.INT_DATABASE_URL;
  if (!url) return;
  const name = new URL(url).pathname.slice(1);
  if (!/^[A-Za-z0-9_]+$/.test(name)) return;
  const connection = await serverConnection();
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await connection.end();
  }
}
