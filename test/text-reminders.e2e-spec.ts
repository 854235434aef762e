import { sizeOf } from '@app/notifications';
import {
  allWeek,
  createBranch,
  createCoordinator,
  createRoom,
  register,
  scheduledWorkshop,
  verifiedPartner,
  zoneWhereHourIsBetween,
} from './support/factories';
import { outboxSettled } from './support/outbox';
import { TestApps } from './support/test-apps';

/** Lead time in seconds: the test runs with TEST_TIME_UNIT=seconds. */
const LEAD = 10;

/**
 * A patron reached by text gets the confirmation and the reminder once each, in their language,
 * in at most two segments and without the workshop's title (the reminder is a real delayed job
 * of the worker, lead times read in seconds).
 */
describe('texts follow the session', () => {
  let apps: TestApps;

  beforeAll(async () => {
    apps = await TestApps.start({ sms: true, env: { TEST_TIME_UNIT: 'seconds', RECONCILE_EVERY_SECONDS: '2' } });
  });

  afterAll(async () => {
    await apps?.close();
  });

  it('sends a Spanish-speaking patron the confirmation and the reminder by text, once each', async () => {
    const admin = await apps.adminToken();
    await apps.client.must(
      'mutation($input: SettingsInput!) { updateSettings(input: $input) { reminderLeadMinutes } }',
      { input: { reminderLeadMinutes: [LEAD], registrationClosesMinutesBefore: 0 } },
      admin,
    );
    const branch = await createBranch(apps.client, admin, {
      timeZone: zoneWhereHourIsBetween(8, 20),
      openingHours: allWeek('00:00', '23:59'),
    });
    const room = await createRoom(apps.client, admin, branch.id);
    const coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p), [branch.id]);
    const partner = await verifiedPartner(apps.client, coordinator.token);
    const startsAt = Date.now() + 25_000;
    const { sessions } = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      title: 'Managing asthma at home',
      languages: ['es'],
      sessions: [
        {
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(startsAt + 10_000).toISOString(),
          branchId: branch.id,
          roomId: room.id,
        },
      ],
    });
    const number = '+13125550177';
    await register(apps.client, sessions[0].id, { email: null, contactChannel: 'SMS', phone: number, smsConsent: true });

    const reminder = await apps.smpp!.waitForText(number, /^Recordatorio: /, 40_000);
    expect(Date.now()).toBeGreaterThanOrEqual(startsAt - LEAD * 1000 - 50);
    await outboxSettled(apps.db);
    const texts = apps.smpp!.to(number);
    expect(texts.map((t) => t.text.split(' ')[0])).toEqual(['Tiene', 'Recordatorio:']);
    for (const text of texts) {
      expect(sizeOf(text.text).segments).toBeLessThanOrEqual(2);
      expect(text.text).not.toMatch(/asthma/i);
    }
    expect(reminder.text).toMatch(/\/r\/[\w-]{12}/);
  });
});
