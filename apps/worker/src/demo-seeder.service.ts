import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { Role, UsersService, type Viewer } from '@app/identity';
import { AgencyKind, PartnersService } from '@app/partners';
import { PlacesService, RoomFeature, Weekday, type OpeningHours } from '@app/places';
import { RegistrationsService } from '@app/registrations';
import { Audience, ProposalsService, ReviewService, WorkshopsService } from '@app/workshops';
import { DateTime } from 'luxon';

export const DEMO_PASSWORD = 'commonroom-demo';

export const DEMO_LOGINS = [
  { role: 'COORDINATOR', email: 'coordinator@commonroom.local' },
  { role: 'PARTNER (Riverside Public Health, verified)', email: 'maya.chen@riverside-health.example' },
  { role: 'PARTNER (Lakeshore Legal Aid, verified)', email: 'daniel.ortiz@lakeshore-legal.example' },
  { role: 'PARTNER (County Benefits Enrollment, pending)', email: 'grace.kim@county-benefits.example' },
  { role: 'STAFF (the desk at Eastside Branch)', email: 'desk.eastside@commonroom.local' },
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
    private readonly proposals: ProposalsService,
    private readonly review: ReviewService,
    private readonly workshops: WorkshopsService,
    private readonly registrations: RegistrationsService,
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

  // eslint-disable-next-line max-lines-per-function -- demo data: a list of branches, rooms and people, read top to bottom.
  private async create(): Promise<void> {
    const central = await this.places.createBranch({
      name: 'Central Library',
      timeZone: 'America/Chicago',
      address: '400 S State St, Chicago, IL',
      // 555-01xx: numbers set aside for fiction, never a real line.
      phone: '(312) 555-0100',
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
      phone: '(312) 555-0179',
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
    const created = [];
    for (const room of rooms) created.push(await this.places.createRoom(room));

    const coordinatorUser = await this.users.create(this.seeder, {
      email: DEMO_LOGINS[0].email,
      displayName: 'Alex Rivera',
      password: DEMO_PASSWORD,
      role: Role.COORDINATOR,
      branchIds: [],
    });
    await this.users.create(this.seeder, {
      email: DEMO_LOGINS[4].email,
      displayName: 'Sam Okafor',
      password: DEMO_PASSWORD,
      role: Role.STAFF,
      branchIds: [eastside.id],
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
    const members: Viewer[] = [];
    for (const { agency, email, displayName, verify } of agencies) {
      const applied = await this.partners.apply({ agency, email, displayName, password: DEMO_PASSWORD });
      if (verify && applied.user.agencyId) await this.partners.verify(applied.user.agencyId);
      members.push({ userId: applied.user.id, role: Role.PARTNER, agencyId: applied.user.agencyId });
    }
    const coordinator: Viewer = { userId: coordinatorUser.id, role: Role.COORDINATOR, agencyId: null };
    await this.workshopsAndRegistrations(members, coordinator, central.id, eastside.id, created[0].id, created[3].id);
  }

  /** Approved series with registrations, and a draft, so the catalog and the review queue have content. */
  // eslint-disable-next-line max-lines-per-function -- demo data: each workshop's details written out.
  private async workshopsAndRegistrations(
    members: Viewer[],
    coordinator: Viewer,
    centralId: string,
    eastsideId: string,
    communityRoomId: string,
    meetingRoomId: string,
  ): Promise<void> {
    const [health, legal, benefits] = members;
    const next = (weekday: number, time: string) => {
      const [hour, minute] = time.split(':').map(Number);
      let day = DateTime.now().setZone('America/Chicago').plus({ days: 3 }).set({ hour, minute, second: 0, millisecond: 0 });
      while (day.weekday !== weekday) day = day.plus({ days: 1 });
      return day;
    };
    const stressStart = next(2, '18:00');
    const stress = await this.proposals.create(health, {
      title: 'Managing stress in hard times',
      summary: 'Practical ways to cope with worry, sleep problems and burnout, and where to find help nearby.',
      description:
        'A public-health nurse leads four evenings on stress: how it affects the body, breathing and grounding exercises, sleep, and local services. Bring a friend; no sign-up needed beyond this registration.',
      tags: ['stress-management', 'health', 'wellbeing'],
      audience: [Audience.ADULTS, Audience.SENIORS],
      languages: ['en', 'es'],
      capacity: 30,
      minAttendance: 6,
      requiredFeatures: [RoomFeature.PROJECTOR],
      followUpResources: 'Crisis line: 988. County behavioral health intake: (312) 555-0142. Handouts: riverside-health.example/stress',
      sessions: [
        {
          startsAt: stressStart.toJSDate(),
          endsAt: stressStart.plus({ minutes: 90 }).toJSDate(),
          branchId: centralId,
          roomId: communityRoomId,
          recurrence: 'FREQ=WEEKLY;COUNT=4',
        },
      ],
    });
    await this.proposals.submit(health, stress.id);
    await this.review.approve(coordinator, { workshopId: stress.id, comment: 'Welcome back for the winter series.' });

    // Waiting for a coordinator: one of its dates clashes with the stress series' second session.
    const diabetesStart = stressStart.plus({ days: 1 });
    const diabetes = await this.proposals.create(health, {
      title: 'Living well with diabetes',
      summary: 'Food, movement and medicines: a nurse educator answers your questions.',
      description: 'Riverside Community Health nurse educators explain blood sugar, meals on a budget and free testing.',
      tags: ['health'],
      audience: [Audience.ADULTS, Audience.SENIORS],
      languages: ['en', 'es'],
      capacity: 20,
      sessions: [
        {
          startsAt: diabetesStart.toJSDate(),
          endsAt: diabetesStart.plus({ hours: 1 }).toJSDate(),
          branchId: centralId,
          roomId: communityRoomId,
        },
        {
          startsAt: stressStart.plus({ weeks: 1, minutes: 30 }).toJSDate(),
          endsAt: stressStart.plus({ weeks: 1, minutes: 90 }).toJSDate(),
          branchId: centralId,
          roomId: communityRoomId,
        },
      ],
    });
    await this.proposals.submit(health, diabetes.id);

    const tenantsStart = next(6, '10:00');
    const tenants = await this.proposals.create(legal, {
      title: 'Tenant rights: know your lease',
      summary: 'Repairs, deposits, rent increases and eviction notices: what the law says and how to get free legal help.',
      description:
        'Lakeshore Legal Aid attorneys explain tenants’ rights in plain language and answer questions. Bring your lease if you have one.',
      tags: ['housing', 'legal'],
      audience: [Audience.ADULTS, Audience.SENIORS],
      languages: ['en'],
      capacity: 25,
      sessions: [
        {
          startsAt: tenantsStart.toJSDate(),
          endsAt: tenantsStart.plus({ minutes: 90 }).toJSDate(),
          branchId: eastsideId,
          roomId: meetingRoomId,
          recurrence: 'FREQ=WEEKLY;COUNT=2',
        },
      ],
    });
    await this.proposals.submit(legal, tenants.id);
    await this.review.approve(coordinator, { workshopId: tenants.id });

    const benefitsStart = next(4, '14:00');
    await this.proposals.create(benefits, {
      title: 'Applying for SNAP and Medicaid',
      summary: 'One-on-one help with benefits applications.',
      description: 'Enrollment specialists help you fill in applications for food and health benefits.',
      tags: ['benefits-enrollment'],
      capacity: 6,
      sessions: [{ startsAt: benefitsStart.toJSDate(), endsAt: benefitsStart.plus({ hours: 2 }).toJSDate(), branchId: centralId }],
    });

    const [firstStress] = (await this.workshops.sessionsByWorkshop([stress.id])).get(stress.id) ?? [];
    const patrons = [
      { name: 'Rosa', email: 'rosa@patron.example', partySize: 2, shareContactWithPartner: true },
      { name: 'Tom', email: 'tom@patron.example', partySize: 1, accessibilityNeeds: 'Uses a wheelchair' },
      { name: 'Lin', email: 'lin@patron.example', partySize: 3 },
    ];
    for (const patron of patrons) await this.registrations.register({ sessionId: firstStress.id, ...patron });
  }
}
