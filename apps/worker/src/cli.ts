import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ClockModule } from '@app/clock';
import { AppConfig, ConfigError, ConfigModule, loadDotEnv } from '@app/config';
import { createDatabaseIfMissing, DatabaseModule, dataSourceOptions } from '@app/database';
import { IdentityModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { PartnersModule } from '@app/partners';
import { PlacesModule } from '@app/places';
import { PurgeService, RegistrationsModule } from '@app/registrations';
import { SettingsModule } from '@app/settings';
import { WorkshopsModule } from '@app/workshops';
import { DemoSeeder } from './demo-seeder.service';

/** The domain, without queues or HTTP: what one-off commands need. */
@Module({})
class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        DatabaseModule.forRoot(),
        NotificationsModule,
        IdentityModule,
        PlacesModule,
        PartnersModule,
        SettingsModule,
        WorkshopsModule,
        RegistrationsModule,
      ],
      providers: [DemoSeeder],
    };
  }
}

const USAGE = `usage: cli <command>
  migrate          create the database if needed and run pending migrations
  migrate:revert   revert the latest migration
  seed             add the demo data (once; does nothing when it is there)
  purge            remove patrons' personal data past the retention period, now`;

async function withDataSource(config: AppConfig, work: (ds: DataSource) => Promise<void>): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  try {
    await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

async function main(command: string | undefined): Promise<void> {
  loadDotEnv();
  const config = AppConfig.fromEnv(process.env);
  switch (command) {
    case 'migrate':
      await createDatabaseIfMissing(config);
      await withDataSource(config, async (ds) => {
        const ran = await ds.runMigrations({ transaction: 'each' });
        process.stdout.write(ran.length ? `Ran ${ran.map((m) => m.name).join(', ')}\n` : 'Database is up to date\n');
      });
      return;
    case 'migrate:revert':
      await withDataSource(config, async (ds) => {
        await ds.undoLastMigration({ transaction: 'each' });
        process.stdout.write('Reverted the latest migration\n');
      });
      return;
    case 'seed': {
      const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error', 'warn'] });
      try {
        await app.get(DemoSeeder).seed();
      } finally {
        await app.close();
      }
      return;
    }
    case 'purge': {
      const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error', 'warn'] });
      try {
        process.stdout.write(`Purged ${await app.get(PurgeService, { strict: false }).run()} registration(s)\n`);
      } finally {
        await app.close();
      }
      return;
    }
    default:
      process.stderr.write(`${USAGE}\n`);
      process.exitCode = 2;
  }
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
