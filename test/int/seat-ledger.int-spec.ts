import { randomUUID } from 'node:crypto';
import { DomainError } from '@app/errors';
import { RegistrationsModule, RegistrationsService, SessionRegistrationService } from '@app/registrations';
import { SchedulingService, WorkshopsModule, type Session } from '@app/workshops';
import { chicagoAt, IntModule, scheduledSessions, type World } from '../support/int-world';

/** The ledger row of a session and what the registrations say it should hold. */
async function ledgerAndRegistrations(int: IntModule, sessionId: string) {
  const [ledger] = await int.db.query(
    'SELECT capacity, accepting, seats_taken AS taken, waitlist_length AS waiting, waitlisted_seats AS waitingSeats FROM session_seats WHERE session_id = ?',
    [sessionId],
  );
  const rows: Array<{ status: string; partySize: number; seq: string }> = await int.db.query(
    'SELECT status, party_size AS partySize, seq FROM registration WHERE session_id = ? ORDER BY seq',
    [sessionId],
  );
  const confirmed = rows.filter((r) => r.status === 'CONFIRMED');
  const waitlisted = rows.filter((r) => r.status === 'WAITLISTED');
  return {
    ledger: {
      capacity: Number(ledger.capacity),
      accepting: Number(ledger.accepting) === 1,
      taken: Number(ledger.taken),
      waiting: Number(ledger.waiting),
      waitingSeats: Number(ledger.waitingSeats),
    },
    confirmedSeats: confirmed.reduce((n, r) => n + Number(r.partySize), 0),
    waitlisted: waitlisted.map((r) => Number(r.partySize)),
    cancelled: rows.filter((r) => r.status === 'CANCELLED').length,
  };
}

const patron = (n: number, partySize: number) => ({
  name: `Patron ${n}`,
  email: `patron-${n}-${randomUUID().slice(0, 6)}@int.test`,
  partySize,
});

describe('the seat ledger under concurrency (registrations library)', () => {
  let int: IntModule;
  let world: World;
  let registrations: RegistrationsService;

  beforeAll(async () => {
    int = await IntModule.create([WorkshopsModule, RegistrationsModule]);
    world = await int.world();
    registrations = int.get(RegistrationsService);
  });

  afterAll(async () => {
    await int?.close();
  });

  // Each test's session on a day of its own: they share the world's room.
  let day = 2;
  const oneSession = async (capacity: number): Promise<Session> =>
    (await scheduledSessions(int, world, { capacity, starts: [chicagoAt(int.clock, ++day, '10:00')] }))[0];

  it('confirms exactly what fits when forty parties race for ten seats, and waitlists the rest in order', async () => {
    const session = await oneSession(10);
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, n) => registrations.register({ sessionId: session.id, ...patron(n, 1 + (n % 3)) })),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const state = await ledgerAndRegistrations(int, session.id);
    expect(state.ledger.taken).toBe(state.confirmedSeats);
    expect(state.ledger.taken).toBeLessThanOrEqual(10);
    // Nobody waits while seats they fit are free (seats only ran out: no one cancelled).
    expect(state.waitlisted.length).toBeGreaterThan(0);
    expect(10 - state.ledger.taken).toBeLessThan(Math.min(...state.waitlisted));
    expect(state.ledger.waiting).toBe(state.waitlisted.length);
    expect(state.ledger.waitingSeats).toBe(state.waitlisted.reduce((n, s) => n + s, 0));
    expect(state.confirmedSeats + state.waitlisted.reduce((n, s) => n + s, 0)).toBe(
      Array.from({ length: 40 }, (_, n) => 1 + (n % 3)).reduce((a, b) => a + b, 0),
    );
    const positions = await registrations.waitlistPositions(
      (await int.db.query("SELECT id FROM registration WHERE session_id = ? AND status = 'WAITLISTED' ORDER BY seq", [session.id])).map(
        (r: { id: string }) => r.id,
      ),
    );
    expect([...positions.values()]).toEqual(state.waitlisted.map((_, i) => i + 1));
  });

  it('promotes the waitlist in arrival order as confirmed patrons cancel at once, never past capacity', async () => {
    const session = await oneSession(6);
    const receipts = [];
    for (let n = 0; n < 14; n++) receipts.push(await registrations.register({ sessionId: session.id, ...patron(n, 1) }));
    const confirmed = receipts.filter((r) => r.registration.status === 'CONFIRMED');
    expect(confirmed).toHaveLength(6);
    await Promise.all(confirmed.slice(0, 4).map((r) => registrations.cancelById(world.coordinator, r.registration.id)));
    const state = await ledgerAndRegistrations(int, session.id);
    expect(state.ledger).toMatchObject({ taken: 6, waiting: 4, waitingSeats: 4 });
    expect(state.confirmedSeats).toBe(6);
    // The four promoted are the first four who waited.
    const promoted: Array<{ id: string }> = await int.db.query(
      'SELECT id FROM registration WHERE session_id = ? AND promoted_at IS NOT NULL ORDER BY seq',
      [session.id],
    );
    expect(promoted.map((r) => r.id)).toEqual(receipts.slice(6, 10).map((r) => r.registration.id));
  });

  it('cancelling the session while patrons register leaves no one confirmed and nothing counted', async () => {
    const session = await oneSession(20);
    let done = false;
    const cancel = int
      .get(SchedulingService)
      .cancelSession(world.coordinator, session.id, 'The presenter is ill')
      .finally(() => (done = true));
    // Eight lanes of patrons keep arriving until the cancellation has committed (and once more after).
    const outcomes: Array<PromiseSettledResult<unknown>> = [];
    const lane = async (l: number) => {
      for (let n = 0; ; n++) {
        const finished = done;
        const [outcome] = await Promise.allSettled([registrations.register({ sessionId: session.id, ...patron(l * 1000 + n, 1) })]);
        outcomes.push(outcome);
        if (finished) return;
      }
    };
    await Promise.all([cancel, ...Array.from({ length: 8 }, (_, l) => lane(l))]);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect((outcome.reason as DomainError).code).toBe('REGISTRATION_CLOSED');
    }
    expect(outcomes.filter((o) => o.status === 'rejected').length).toBeGreaterThanOrEqual(8);
    const state = await ledgerAndRegistrations(int, session.id);
    expect(state.ledger).toEqual({ capacity: 20, accepting: false, taken: 0, waiting: 0, waitingSeats: 0 });
    expect(state.confirmedSeats).toBe(0);
    expect(state.waitlisted).toEqual([]);
    expect(state.cancelled).toBe(outcomes.filter((o) => o.status === 'fulfilled').length);
  });

  it('a lower capacity racing new registrations never leaves more seats taken than the capacity', async () => {
    const session = await oneSession(30);
    for (let n = 0; n < 10; n++) await registrations.register({ sessionId: session.id, ...patron(n, 1) });
    const capacities = int.get(SessionRegistrationService);
    const racing = Array.from({ length: 20 }, (_, n) => registrations.register({ sessionId: session.id, ...patron(100 + n, 1) }));
    const lowering = [12, 15, 11].map((capacity) => capacities.setCapacity(session.id, capacity));
    const results = await Promise.allSettled([...racing, ...lowering]);
    // A lowering that came after too many claims is refused as a conflict, never as a failure.
    for (const result of results.slice(20)) {
      if (result.status === 'rejected') expect((result.reason as DomainError).code).toBe('CONFLICT');
    }
    const state = await ledgerAndRegistrations(int, session.id);
    const [row] = await int.db.query('SELECT capacity FROM session WHERE id = ?', [session.id]);
    expect(state.ledger.capacity).toBe(Number(row.capacity));
    expect(state.ledger.taken).toBe(state.confirmedSeats);
    expect(state.ledger.taken).toBeLessThanOrEqual(state.ledger.capacity);
  });
});
