import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { Role, UsersService, type Viewer } from '@app/identity';
import { AgencyKind, PartnersService } from '@app/partners';
import { PlacesService, RoomFeature, Weekday, type OpeningHours } from '@app/places';

export const DEMO_PASSWORD = 'commonroom-demo';

export const DEMO_LOGINS = [
  { role: 'COORDINATOR', email: 'coordinator@commonroom.local' },
  { role: 'PARTNER (Riverside Public Health, verified)', email: 'maya.chen@riverside-health.example' },
  { role: 'PARTNER (Lakeshore Legal Aid, verified)', email: 'daniel.ortiz@lakeshore-legal.example' },
  { role: 'PARTNER (County Benefits Enrollment, pending)', email: 'grace.kim@county-benefits.example' },
];

const weekdays = (days: Weekday[], opens: string, closes: string): OpeningHours[] => days.map((weekday) => ({ weekday, opens, closes }));

/** Demo data for a first look: two branches with rooms, verified and pending agencies, staff. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);
  private readonly seeder: Viewer = { userId: '00000000-0000-0000-0000-000000000000', role: Role.ADMIN, agencyId: null };

  constructor(
    private readonly places: PlacesService,
    private readonly partners: PartnersService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  async seed(): Promise<void> {
    if (this.config.isProduction) throw new Error('The demo data is for development; refusing to seed in production');
    if ((await this.places.listBranches()).some((b) => b.name === 'Central Library')) {
      this.logger.log('demo data already present');
    } else {
      await this.create();
      this.logger.log('demo data created');
    }
    this.printLogins();
  }

  private printLogins(): void {
    const lines = DEMO_LOGINS.map((login) => `  ${login.email.padEnd(40)} ${login.role}`);
    process.stdout.write(
      `\nDemo log-ins (password for all: ${DEMO_PASSWORD}):\n${lines.join('\n')}\n` +
        `  Administrator: ${this.config.adminEmail} (password printed when it was created, or ADMIN_PASSWORD)\n\n`,
    );
  }

  private async create(): Promise<void> {
    const central = await this.places.createBranch({
      name: 'Central Library',
      timeZone: 'America/Chicago',
      address: '400 S State St, Chicago, IL',
      openingHours: [
        ...weekdays([Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY], '09:00', '20:00'),
        ...weekdays([Weekday.FRIDAY, Weekday.SATURDAY], '09:00', '17:00'),
        ...weekdays([Weekday.SUNDAY], '13:00', '17:00'),
      ],
      programmingLimits: { maxSessionsPerDay: 4, maxEveningSessionsPerWeek: 3, eveningStartsAt: '18:00' },
    });
    const eastside = await this.places.createBranch({
      name: 'Eastside Branch',
      timeZone: 'America/Chicago',
      address: '2300 E 79th St, Chicago, IL',
      openingHours: [
        ...weekdays([Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY], '10:00', '19:00'),
        ...weekdays([Weekday.SATURDAY], '10:00', '16:00'),
      ],
      programmingLimits: { maxSessionsPerDay: 2, maxEveningSessionsPerWeek: 1, eveningStartsAt: '17:30' },
    });
    const rooms = [
      {
        branchId: central.id,
        name: 'Community Room A',
        capacity: 60,
        features: [RoomFeature.WHEELCHAIR_ACCESSIBLE, RoomFeature.PROJECTOR, RoomFeature.HEARING_LOOP],
        setupMinutes: 15,
        cleanupMinutes: 15,
      },
      {
        branchId: central.id,
        name: 'Computer Lab',
        capacity: 20,
        features: [RoomFeature.COMPUTERS, RoomFeature.PROJECTOR, RoomFeature.WHEELCHAIR_ACCESSIBLE],
        setupMinutes: 10,
        cleanupMinutes: 10,
      },
      {
        branchId: central.id,
        name: 'Study Room 2',
        capacity: 6,
        features: [RoomFeature.QUIET_ROOM, RoomFeature.PRIVATE_CONSULTATION],
        setupMinutes: 0,
        cleanupMinutes: 5,
      },
      {
        branchId: eastside.id,
        name: 'Meeting Room',
        capacity: 30,
        features: [RoomFeature.WHEELCHAIR_ACCESSIBLE, RoomFeature.KITCHEN],
        setupMinutes: 15,
        cleanupMinutes: 20,
      },
      {
        branchId: eastside.id,
        name: 'Story Room',
        capacity: 25,
        features: [RoomFeature.CHILD_FRIENDLY, RoomFeature.WHEELCHAIR_ACCESSIBLE],
        setupMinutes: 10,
        cleanupMinutes: 10,
      },
    ];
    for (const room of rooms) await this.places.createRoom(room);

    await this.users.create(this.seeder, {
      email: DEMO_LOGINS[0].email,
      displayName: 'Alex Rivera',
      password: DEMO_PASSWORD,
      role: Role.COORDINATOR,
      branchIds: [],
    });
    const agencies = [
      {
        agency: {
          name: 'Riverside Public Health Department',
          kind: AgencyKind.PUBLIC_HEALTH,
          description: 'Stress-management, nutrition and vaccination information sessions for adults and seniors.',
          contactEmail: 'programs@riverside-health.example',
          website: 'https://riverside-health.example',
        },
        email: DEMO_LOGINS[1].email,
        displayName: 'Maya Chen',
        verify: true,
      },
      {
        agency: {
          name: 'Lakeshore Legal Aid',
          kind: AgencyKind.NONPROFIT,
          description: 'Free tenant-rights clinics and know-your-rights workshops.',
          contactEmail: 'clinics@lakeshore-legal.example',
          website: 'https://lakeshore-legal.example',
        },
        email: DEMO_LOGINS[2].email,
        displayName: 'Daniel Ortiz',
        verify: true,
      },
      {
        agency: {
          name: 'County Benefits Enrollment Services',
          kind: AgencyKind.GOVERNMENT,
          description: 'Help with SNAP, Medicaid and energy-assistance applications.',
          contactEmail: 'outreach@county-benefits.example',
          website: 'https://county-benefits.example',
        },
        email: DEMO_LOGINS[3].email,
        displayName: 'Grace Kim',
        verify: false,
      },
    ];
    for (const { agency, email, displayName, verify } of agencies) {
      const applied = await this.partners.apply({ agency, email, displayName, password: DEMO_PASSWORD });
      if (verify && applied.user.agencyId) await this.partners.verify(applied.user.agencyId);
    }
  }
}
