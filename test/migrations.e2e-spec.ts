import { DataSource } from 'typeorm';
import { dataSourceOptions, MIGRATIONS } from '@app/database';
import { TestApps } from './support/test-apps';

describe('migrations', () => {
  let apps: TestApps;

  beforeAll(async () => {
    apps = await TestApps.start({ worker: false });
  });

  afterAll(async () => {
    await apps?.close();
  });

  it('give exactly the schema the entities describe (nothing for TypeORM to change)', async () => {
    // The entities the API registered, compared by a data source that knows which server it reads.
    const entities = apps.api.get(DataSource).options.entities as Array<new () => unknown>;
    expect(entities.length).toBeGreaterThanOrEqual(8);
    const [{ version }] = await apps.db.query('SELECT VERSION() AS version');
    const reader = new DataSource({ ...dataSourceOptions(apps.config), type: /mariadb/i.test(version) ? 'mariadb' : 'mysql', entities });
    await reader.initialize();
    try {
      const pending = await reader.driver.createSchemaBuilder().log();
      // Foreign keys are declared in the migrations only (entities keep plain id columns).
      const differences = pending.upQueries.map((q) => q.query).filter((sql) => !/DROP FOREIGN KEY/.test(sql));
      expect(differences).toEqual([]);
    } finally {
      await reader.destroy();
    }
  });

  it('revert one by one to an empty database, and run again', async () => {
    const db = apps.db;
    for (let i = 0; i < MIGRATIONS.length; i++) await db.undoLastMigration({ transaction: 'each' });
    const tables = await db.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name <> 'migrations'`,
    );
    expect(tables).toEqual([]);
    const ran = await db.runMigrations({ transaction: 'each' });
    expect(ran.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => new m().name));
  });
});
