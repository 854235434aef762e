import { randomUUID } from 'node:crypto';
import type { DynamicModule, Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { Clock, ClockModule } from '@app/clock';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule, dataSourceOptions } from '@app/database';
import { IdentityModule, Role, UsersService, type Viewer } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { AgencyKind, PartnersModule, PartnersService } from '@app/partners';
import { PlacesModule, PlacesService, RoomFeature, WEEKDAYS, type Branch, type Room } from '@app/places';
import { SettingsModule } from '@app/settings';
import { ProposalsService, ReviewService, SessionStatus, WorkshopsService, type Session } from '@app/workshops';
import { TestClock } from './test-clock';
import { testEnv } from './test-config';

type Imports = Array<Type | DynamicModule>;

/**
 * The integration tier: a Nest testing module of a few libraries on the run's migrated database
 * (see int-setup.ts), with a clock the test sets, and services called directly.
 */
export class IntModule {
  private constructor(
    readonly module: TestingModule,
    readonly clock: TestClock,
    readonly db: DataSource,
    readonly config: AppConfig,
  ) {}

  /** The libraries under test (the platform's modules — config, clock, database, settings, outbox, identity, places, partners — come with them). */
  static async create(imports: Imports, options: { now?: Date | string; env?: Record<string, string> } = {}): Promise<IntModule> {
    const url = process.env.INT_DATABASE_URL;
    if (!url) throw new Error('INT_DATABASE_URL is not set: run the integration specs through their jest project (npm test)');
    const config = AppConfig.fromEnv(testEnv({ DATABASE_URL: url, ...options.env }));
    await migrateOnce(config);
    const clock = new TestClock(options.now ?? new Date());
    const module = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        DatabaseModule.forRoot(),
        SettingsModule,
        NotificationsModule,
        IdentityModule,
        PlacesModule,
        PartnersModule,
        ...imports,
      ],
    })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    await module.init();
    return new IntModule(module, clock, module.get(DataSource), config);
  }

  get<T>(type: Type<T>): T {
    return this.module.get(type, { strict: false });
  }

  async close(): Promise<void> {
    await this.module.close();
  }

  /**
   * The usual world, in one call: a branch in Chicago open every day 08:00–22:00 with two rooms,
   * a coordinator of it, and a verified agency with its partner.
   */
  async world(options: { roomCapacity?: number } = {}): Promise<World> {
    const places = this.get(PlacesService);
    const tag = randomUUID().slice(0, 8);
    const branch = await places.createBranch({
      name: `Branch ${tag}`,
      timeZone: 'America/Chicago',
      openingHours: WEEKDAYS.map((weekday) => ({ weekday, opens: '08:00', closes: '22:00' })),
    });
    const rooms = [
      await places.createRoom({
        branchId: branch.id,
        name: 'Community Room',
        capacity: options.roomCapacity ?? 40,
        features: [RoomFeature.PROJECTOR],
      }),
      await places.createRoom({ branchId: branch.id, name: 'Study Room', capacity: 8, setupMinutes: 10, cleanupMinutes: 15 }),
    ];
    const admin: Viewer = { userId: randomUUID(), role: Role.ADMIN, agencyId: null };
    const coordinatorUser = await this.get(UsersService).create(admin, {
      email: `coordinator-${tag}@int.test`,
      displayName: `Coordinator ${tag}`,
      password: 'a long enough password',
      role: Role.COORDINATOR,
      branchIds: [branch.id],
    });
    const partners = this.get(PartnersService);
    const applied = await partners.apply({
      agency: { name: `Agency ${tag}`, kind: AgencyKind.PUBLIC_HEALTH, contactEmail: `agency-${tag}@int.test` },
      email: `partner-${tag}@int.test`,
      displayName: `Partner ${tag}`,
      password: 'a long enough password',
    });
    const agencyId = applied.user.agencyId as string;
    await partners.verify(agencyId);
    return {
      branch,
      rooms,
      admin,
      coordinator: { userId: coordinatorUser.id, role: Role.COORDINATOR, agencyId: null },
      partner: { userId: applied.user.id, role: Role.PARTNER, agencyId },
      agencyId,
    };
  }
}

/**
 * Runs the migrations the run's database still lacks, one spec file at a time (a MySQL named lock):
 * the first file migrates, the others find nothing pending.
 */
async function migrateOnce(config: AppConfig): Promise<void> {
  const db = new DataSource({ ...dataSourceOptions(config), poolSize: 2 });
  await db.initialize();
  try {
    const runner = db.createQueryRunner();
    await runner.connect();
    try {
      await runner.query("SELECT GET_LOCK('commonroom_int_migrations', 120)");
      await db.runMigrations({ transaction: 'each' });
      await runner.query("SELECT RELEASE_LOCK('commonroom_int_migrations')");
    } finally {
      await runner.release();
    }
  } finally {
    await db.destroy();
  }
}

export interface World {
  branch: Branch;
  /** A 40-seat community room with a projector, and an 8-seat study room with buffers (10 and 15 minutes). */
  rooms: Room[];
  admin: Viewer;
  coordinator: Viewer;
  partner: Viewer;
  agencyId: string;
}

/** `days` after the clock's today in Chicago, at a local time (HH:mm), as an instant. */
export function chicagoAt(clock: Clock, days: number, time: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.fromJSDate(clock.now(), { zone: 'America/Chicago' })
    .plus({ days })
    .set({ hour, minute, second: 0, millisecond: 0 })
    .toJSDate();
}

/**
 * A workshop of the world's agency with one session per start, proposed, submitted and approved
 * through the services: its scheduled sessions, by start.
 */
export async function scheduledSessions(
  int: IntModule,
  world: World,
  options: { capacity: number; starts: Date[]; minutes?: number; roomId?: string; minAttendance?: number; followUpResources?: string },
): Promise<Session[]> {
  const workshops = int.get(WorkshopsService);
  const minutes = options.minutes ?? 60;
  const workshop = await int.get(ProposalsService).create(world.partner, {
    title: `Workshop ${randomUUID().slice(0, 8)}`,
    summary: 'A workshop of the integration tier',
    description: 'Built by the shared world fixture.',
    capacity: options.capacity,
    minAttendance: options.minAttendance ?? null,
    followUpResources: options.followUpResources ?? null,
    sessions: options.starts.map((startsAt) => ({
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes * 60_000),
      branchId: world.branch.id,
      roomId: options.roomId ?? world.rooms[0].id,
    })),
  });
  await int.get(ProposalsService).submit(world.partner, workshop.id);
  await int.get(ReviewService).approve(world.coordinator, { workshopId: workshop.id });
  const sessions = (await workshops.sessionsByWorkshop([workshop.id])).get(workshop.id) ?? [];
  return sessions.filter((s) => s.status === SessionStatus.SCHEDULED);
}
