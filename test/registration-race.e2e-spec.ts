import { createBranch, createCoordinator, createRoom, localAt, REGISTER, scheduledWorkshop, verifiedPartner } from './support/factories';
import { eventually } from './support/eventually';
import { TestApps } from './support/test-apps';

const CAPACITY = 40;
const REGISTRATIONS = 300;

interface Outcome {
  index: number;
  email: string;
  partySize: number;
  id?: string;
  token?: string;
  initial?: string;
  code?: string;
  cancelled?: boolean;
}

/**
 * No overbooking under concurrency (DESIGN.md invariant 2): 300 simultaneous registrations of
 * mixed party sizes for 40 seats, with cancellations interleaved, while a monitor reads the seat
 * counts in the database throughout.
 */
describe('no overbooking under concurrency', () => {
  let apps: TestApps;

  beforeAll(async () => {
    // The worker starts after the race: in production it is a process of its own, and here its
    // rendering would share the event loop with the API under test.
    apps = await TestApps.start({ worker: false });
  });

  afterAll(async () => {
    await apps?.close();
  });

  it('300 registrations and interleaved cancellations for 40 seats: never over, fair, each patron told once per event', async () => {
    const admin = await apps.adminToken();
    const branch = await createBranch(apps.client, admin);
    const room = await createRoom(apps.client, admin, branch.id, { capacity: 60 });
    const coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    const partner = await verifiedPartner(apps.client, coordinator.token);
    const { sessions } = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      capacity: CAPACITY,
      sessions: [{ startsAt: localAt(8, '10:00'), endsAt: localAt(8, '12:00'), branchId: branch.id, roomId: room.id }],
    });
    const sessionId = sessions[0].id;

    // The invariant, checked in the database while the race runs.
    const samples: Array<{ taken: number; confirmed: number }> = [];
    let racing = true;
    const monitor = (async () => {
      while (racing) {
        const [row] = await apps.db.query(
          `SELECT s.seats_taken AS taken, (SELECT COALESCE(SUM(r.party_size), 0) FROM registration r WHERE r.session_id = s.session_id AND r.status = 'CONFIRMED') AS confirmed
           FROM session_seats s WHERE s.session_id = ?`,
          [sessionId],
        );
        samples.push({ taken: Number(row.taken), confirmed: Number(row.confirmed) });
        await new Promise((r) => setTimeout(r, 5));
      }
    })();

    const outcomes: Outcome[] = Array.from({ length: REGISTRATIONS }, (_, index) => ({
      index,
      email: `racer-${index}@mail.test`,
      partySize: 1 + ((index * 7) % 6),
    }));
    const cancellations: Array<Promise<unknown>> = [];
    await Promise.all(
      outcomes.map(async (outcome) => {
        const result = await apps.client.request(REGISTER, {
          input: { sessionId, name: `Racer ${outcome.index}`, email: outcome.email, partySize: outcome.partySize },
        });
        if (result.errors) {
          outcome.code = result.errors[0].extensions?.code;
          return;
        }
        const receipt = result.data!.registerForSession;
        Object.assign(outcome, { id: receipt.registration.id, token: receipt.manageToken, initial: receipt.registration.status });
        // Every sixth patron cancels as soon as they are in, while others are still registering.
        if (outcome.index % 6 === 0) {
          outcome.cancelled = true;
          cancellations.push(
            apps.client.must('mutation($t: String!) { cancelRegistration(token: $t) { status } }', { t: receipt.manageToken }),
          );
        }
      }),
    );
    await Promise.all(cancellations);
    racing = false;
    await monitor;

    expect(outcomes.filter((o) => o.code)).toEqual([]);
    expect(samples.length).toBeGreaterThan(10);
    expect(samples.filter((s) => s.taken > CAPACITY || s.confirmed > CAPACITY)).toEqual([]);

    const rows: Array<{ id: string; status: string; party_size: number; seq: string; promoted_at: Date | null }> = await apps.db.query(
      'SELECT id, status, party_size, seq, promoted_at FROM registration WHERE session_id = ? ORDER BY seq',
      [sessionId],
    );
    const [session] = await apps.db.query('SELECT seats_taken, waitlist_length, waitlisted_seats FROM session_seats WHERE session_id = ?', [
      sessionId,
    ]);
    const confirmed = rows.filter((r) => r.status === 'CONFIRMED');
    const waitlisted = rows.filter((r) => r.status === 'WAITLISTED');
    const seatsTaken = confirmed.reduce((n, r) => n + r.party_size, 0);
    expect(rows).toHaveLength(REGISTRATIONS);
    expect(seatsTaken).toBeLessThanOrEqual(CAPACITY);
    expect(Number(session.seats_taken)).toBe(seatsTaken);
    expect(Number(session.waitlist_length)).toBe(waitlisted.length);
    expect(Number(session.waitlisted_seats)).toBe(waitlisted.reduce((n, r) => n + r.party_size, 0));

    // Cancelled are exactly those cancelled; every other one is confirmed or waitlisted.
    const cancelledIds = new Set(outcomes.filter((o) => o.cancelled).map((o) => o.id));
    expect(new Set(rows.filter((r) => r.status === 'CANCELLED').map((r) => r.id))).toEqual(cancelledIds);

    // Fairness: nobody left waiting would fit in the seats left, and a later party was promoted
    // over an earlier one only when the earlier one did not fit (it is larger).
    const free = CAPACITY - seatsTaken;
    expect(waitlisted.filter((w) => w.party_size <= free)).toEqual([]);
    for (const promoted of rows.filter((r) => r.promoted_at)) {
      for (const earlier of waitlisted.filter((w) => BigInt(w.seq) < BigInt(promoted.seq)))
        expect(earlier.party_size).toBeGreaterThan(promoted.party_size);
    }

    // Positions are 1..n in arrival order, with no gap.
    const listed = await apps.client.must(
      'query($id: ID!) { session(id: $id) { registrations(statuses: [WAITLISTED]) { id waitlistPosition } } }',
      { id: sessionId },
      coordinator.token,
    );
    expect(listed.session.registrations.map((r: { waitlistPosition: number }) => r.waitlistPosition)).toEqual(
      waitlisted.map((_, i) => i + 1),
    );
    expect(listed.session.registrations.map((r: { id: string }) => r.id)).toEqual(waitlisted.map((w) => w.id));

    // Exactly one message per event that concerns each patron, each delivered once.
    await apps.startWorker();
    const expected = new Map<string, string[]>();
    for (const outcome of outcomes) {
      const row = rows.find((r) => r.id === outcome.id)!;
      const kinds = [outcome.initial === 'CONFIRMED' ? 'REGISTRATION_CONFIRMED' : 'REGISTRATION_WAITLISTED'];
      if (row.promoted_at) kinds.push('WAITLIST_PROMOTED');
      if (row.status === 'CANCELLED') kinds.push('REGISTRATION_CANCELLED');
      expected.set(outcome.email, kinds.sort());
    }
    // The agency and the coordinator hear that it filled (80%, 100%) and that people wait, once each.
    for (const staff of [partner.contactEmail, coordinator.email]) {
      expected.set(staff.toLowerCase(), ['CAPACITY_THRESHOLD', 'CAPACITY_THRESHOLD', 'WAITLIST_DEMAND']);
    }
    await eventually(async () => {
      const [{ pending }] = await apps.db.query("SELECT COUNT(*) pending FROM notification WHERE status <> 'SENT' AND session_id = ?", [
        sessionId,
      ]);
      expect(Number(pending)).toBe(0);
    }, 60_000);
    const notes: Array<{ recipient: string; kind: string }> = await apps.db.query(
      'SELECT recipient, kind FROM notification WHERE session_id = ?',
      [sessionId],
    );
    const actual = new Map<string, string[]>();
    for (const n of notes) actual.set(n.recipient, [...(actual.get(n.recipient) ?? []), n.kind].sort());
    expect(actual).toEqual(expected);
    // Counted at the SMTP server: the staff's notices among their other mail (proposals and the like).
    const counted = (m: { to: string; subject: string }) => m.to.startsWith('racer-') || /% full|^Waitlist demand/.test(m.subject);
    await eventually(() => expect(apps.smtp.messages.filter(counted).length).toBe(notes.length), 30_000);
    const perRecipient = new Map<string, number>();
    for (const m of apps.smtp.messages.filter(counted)) perRecipient.set(m.to, (perRecipient.get(m.to) ?? 0) + 1);
    for (const [email, kinds] of expected) expect(perRecipient.get(email)).toBe(kinds.length);
  });
});
