import { randomUUID } from 'node:crypto';
import { QueueModule, RedisModule } from '@app/queue';
import { PurgeService, RegistrationsModule, RegistrationsService } from '@app/registrations';
import { SessionJobRunner, SessionJobsModule } from '@app/session-jobs';
import { SchedulingService } from '@app/workshops';
import { chicagoAt, IntModule, scheduledSessions, type World } from '../support/int-world';

const DAY = 86_400_000;

describe('timeline jobs and the purge, run directly at chosen instants', () => {
  let int: IntModule;
  let world: World;
  let registrations: RegistrationsService;
  let runner: SessionJobRunner;

  // Far in the past, so that the purge below only ever finds this file's registrations.
  const START = new Date('2021-03-01T15:00:00Z');

  beforeAll(async () => {
    int = await IntModule.create([RedisModule, QueueModule.forRoot(), RegistrationsModule, SessionJobsModule], { now: START });
    world = await int.world();
    registrations = int.get(RegistrationsService);
    runner = int.get(SessionJobRunner);
  });

  afterAll(async () => {
    await int?.close();
  });

  afterEach(() => int.clock.set(START));

  const notificationsOf = async (sessionId: string, kind: string): Promise<Array<{ recipient: string; dedupeKey: string }>> =>
    int.db.query('SELECT recipient, dedupe_key AS dedupeKey FROM notification WHERE session_id = ? AND kind = ? ORDER BY recipient', [
      sessionId,
      kind,
    ]);

  const patron = (label: string, more: Record<string, unknown> = {}) => ({
    name: `Patron ${label}`,
    email: `${label}-${randomUUID().slice(0, 6)}@int.test`,
    ...more,
  });

  it('a reminder goes once to each confirmed patron who opted in and registered before it was due', async () => {
    const [session] = await scheduledSessions(int, world, { capacity: 10, starts: [chicagoAt(int.clock, 3, '10:00')] });
    const startsAtMs = session.startsAt.getTime();
    const yes = await registrations.register({ sessionId: session.id, ...patron('yes') });
    await registrations.register({ sessionId: session.id, ...patron('no', { remindersOptIn: false }) });
    // Due a day before the start; someone registering after that is not reminded by this job.
    int.clock.set(new Date(startsAtMs - DAY + 60_000));
    await registrations.register({ sessionId: session.id, ...patron('late') });

    expect(await runner.remind(session.id, 1440, startsAtMs)).toEqual({ written: 1 });
    // Fired again (a retried job, a second worker): nothing more is written.
    expect(await runner.remind(session.id, 1440, startsAtMs)).toEqual({ written: 1 });
    const written = await notificationsOf(session.id, 'SESSION_REMINDER');
    expect(written.map((n) => n.recipient)).toEqual([yes.registration.email]);
  });

  it('a reminder planned for a session that moved, or that has started, writes nothing', async () => {
    const [session] = await scheduledSessions(int, world, { capacity: 10, starts: [chicagoAt(int.clock, 4, '10:00')] });
    await registrations.register({ sessionId: session.id, ...patron('moved') });
    const planned = session.startsAt.getTime();
    await int.get(SchedulingService).reschedule(world.coordinator, {
      sessionId: session.id,
      startsAt: new Date(planned + 3_600_000),
      endsAt: new Date(planned + 7_200_000),
    });
    expect(await runner.remind(session.id, 1440, planned)).toEqual({ skipped: 'the session moved or is no longer scheduled' });
    int.clock.set(new Date(planned + 3_600_000 + 60_000));
    expect(await runner.remind(session.id, 120, planned + 3_600_000)).toEqual({ skipped: 'the session has started' });
    expect(await notificationsOf(session.id, 'SESSION_REMINDER')).toEqual([]);
  });

  it('low registration tells the agency (its contact address) and the coordinator once, when confirmed seats are below the minimum', async () => {
    const [session] = await scheduledSessions(int, world, { capacity: 10, minAttendance: 3, starts: [chicagoAt(int.clock, 5, '10:00')] });
    await registrations.register({ sessionId: session.id, ...patron('only', { partySize: 2 }) });
    const startsAtMs = session.startsAt.getTime();
    const first = await runner.checkLowRegistration(session.id, startsAtMs);
    expect(first).toEqual({ written: expect.any(Number) });
    const written = await notificationsOf(session.id, 'LOW_REGISTRATION');
    expect(written.length).toBeGreaterThanOrEqual(2);
    expect(written.map((n) => n.recipient)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^coordinator-/), expect.stringMatching(/^agency-/)]),
    );
    await runner.checkLowRegistration(session.id, startsAtMs);
    expect(await notificationsOf(session.id, 'LOW_REGISTRATION')).toHaveLength(written.length);
    // One more seat reaches the minimum: nothing to tell.
    await registrations.register({ sessionId: session.id, ...patron('third') });
    expect(await runner.checkLowRegistration(session.id, startsAtMs)).toEqual({ skipped: 'enough registrations' });
  });

  it('the purge forgets patrons’ details once the retention has passed, and not a day before', async () => {
    const [session] = await scheduledSessions(int, world, { capacity: 10, starts: [chicagoAt(int.clock, 2, '10:00')] });
    const receipt = await registrations.register({
      sessionId: session.id,
      ...patron('purged', { accessibilityNeeds: 'step-free access' }),
    });
    const purge = int.get(PurgeService);
    const [{ retentionDays }] = await int.db.query('SELECT retention_days AS retentionDays FROM settings WHERE id = 1');
    const endedAt = session.endsAt.getTime();

    int.clock.set(new Date(endedAt + (Number(retentionDays) - 1) * DAY));
    await purge.run();
    const [kept] = await int.db.query('SELECT email, purged_at AS purgedAt FROM registration WHERE id = ?', [receipt.registration.id]);
    expect(kept).toEqual({ email: receipt.registration.email, purgedAt: null });

    int.clock.set(new Date(endedAt + (Number(retentionDays) + 1) * DAY));
    expect(await purge.run()).toBeGreaterThanOrEqual(1);
    const [gone] = await int.db.query(
      'SELECT name, email, accessibility_needs AS needs, purged_at AS purgedAt, party_size AS partySize FROM registration WHERE id = ?',
      [receipt.registration.id],
    );
    expect(gone).toMatchObject({ name: null, email: null, needs: null, partySize: 1 });
    expect(gone.purgedAt).not.toBeNull();
    const messages = await int.db.query('SELECT recipient FROM notification WHERE registration_id = ?', [receipt.registration.id]);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m: { recipient: string | null }) => m.recipient === null)).toBe(true);
  });
});
