import type { INestApplicationContext } from '@nestjs/common';
import { DataSource, type Logger } from 'typeorm';

/** Counts the SQL statements an app's data source runs while `work` runs. */
export async function countQueries(
  app: INestApplicationContext,
  work: () => Promise<unknown>,
): Promise<{ count: number; queries: string[] }> {
  const dataSource = app.get(DataSource);
  const original = dataSource.logger;
  const queries: string[] = [];
  const counting: Logger = {
    logQuery: (query) => void queries.push(query),
    logQueryError: (...args) => original.logQueryError(...args),
    logQuerySlow: (...args) => original.logQuerySlow(...args),
    logSchemaBuild: (...args) => original.logSchemaBuild(...args),
    logMigration: (...args) => original.logMigration(...args),
    log: (...args) => original.log(...args),
  };
  Object.defineProperty(dataSource, 'logger', { value: counting, configurable: true, writable: true });
  try {
    await work();
  } finally {
    Object.defineProperty(dataSource, 'logger', { value: original, configurable: true, writable: true });
  }
  return { count: queries.length, queries };
}
