import type { DataSource } from 'typeorm';

/** Every place a value could hide: each text and JSON column of each table that holds it. */
export async function tablesContaining(db: DataSource, value: string): Promise<string[]> {
  const columns: Array<{ table_name: string; column_name: string }> = await db.query(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'text', 'mediumtext', 'longtext', 'json')`,
  );
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [{ n }] = await db.query(`SELECT COUNT(*) n FROM \`${table}\` WHERE \`${column}\` LIKE ?`, [`%${value}%`]);
    if (Number(n) > 0) found.push(`${table}.${column}`);
  }
  return found;
}
