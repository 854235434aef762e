import type { AppConfig } from '@app/config';
import type { MysqlDataSourceOptions } from 'typeorm/driver/mysql/MysqlDataSourceOptions';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * Connection settings shared by the apps and the CLI. DATETIME values are read and written as
 * UTC (`timezone: 'Z'`; the SQL never calls NOW(), times come from the Clock); the schema comes
 * only from migrations.
 */
export function dataSourceOptions(config: AppConfig, database = config.database.database): MysqlDataSourceOptions {
  return {
    // TypeORM reads some of MariaDB's catalogue differently; the URL's scheme says which it is.
    type: config.databaseUrl.startsWith('mariadb:') ? 'mariadb' : 'mysql',
    host: config.database.host,
    port: config.database.port,
    username: config.database.username,
    password: config.database.password,
    database,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    logging: false,
    poolSize: 20,
    connectTimeout: 5000,
    // mysql2 captures a stack trace for every query by default; errors are mapped, not traced.
    extra: { trace: false },
  };
}
