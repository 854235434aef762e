import { localAt, register, unique } from './support/factories';
import { codeOf, errorOf } from './support/graphql-client';
import { outboxSettled } from './support/outbox';
import { startDeskWorld, type DeskWorld } from './support/desk-world';
import type { TestApps } from './support/test-apps';

const DESK = `mutation($input: DeskRegistrationInput!) { registerAtDesk(input: $input) { manageToken registration { id status } } }`;
const LIST = `query($filter: RegistrationFilter!, $first: Int, $after: String) {
  registrations(filter: $filter, first: $first, after: $after) {
    totalCount nodes { id name status patronNotified } pageInfo { hasNextPage endCursor } } }`;
const NOTIFIED =
  'query($id: ID!) { session(id: $id) { registrations(statuses: [CONFIRMED, WAITLISTED, CANCELLED]) { id patronNotified } } }';
const MARK = 'mutation($id: ID!) { markPatronNotified(registrationId: $id) { id patronNotified } }';
const CANCEL = 'mutation($t: String!) { cancelRegistration(token: $t) { status } }';

/**
 * The desk's follow-up (contract 1.1): a patron the library cannot reach by message (no messages
 * at all, or a message that failed) does not know they were promoted; the desk finds them in the
 * "not notified" list, calls, and says so.
 */
describe('following up with patrons at the desk', () => {
  let apps: TestApps;
  let schedule: DeskWorld['schedule'];
  let coordinator: DeskWorld['coordinator'];
  let partner: DeskWorld['partner'];
  let branch: DeskWorld['branch'];
  let desk: DeskWorld['desk'];
  let elsewhere: DeskWorld['elsewhere'];

  beforeAll(async () => {
    ({ apps, schedule, coordinator, partner, branch, desk, elsewhere } = await startDeskWorld());
  });

  afterAll(async () => {
    await apps?.close();
  });

  const notifiedIn = async (sessionId: string, token: string): Promise<Record<string, boolean | null>> => {
    const { session } = await apps.client.must(NOTIFIED, { id: sessionId }, token);
    return Object.fromEntries(session.registrations.map((r: { id: string; patronNotified: boolean | null }) => [r.id, r.patronNotified]));
  };
  const list = async (filter: Record<string, unknown>, token: string, page: { first?: number; after?: string } = {}) =>
    (await apps.client.must(LIST, { filter, ...page }, token)).registrations;

  it('lists a promoted patron who gets no messages until the desk says it told them', async () => {
    const session = await schedule(1);
    const online = await register(apps.client, session.id);
    const waiting = (
      await apps.client.must(
        DESK,
        { input: { sessionId: session.id, name: 'Abdi', contactChannel: 'NONE', phone: '(312) 555-0142' } },
        desk.token,
      )
    ).registerAtDesk.registration;
    expect(waiting.status).toBe('WAITLISTED');
    await outboxSettled(apps.db);
    // The online patron got their confirmation; the desk patron heard it at the desk.
    expect(await notifiedIn(session.id, desk.token)).toEqual({ [online.registration.id]: true, [waiting.id]: true });
    expect((await list({ sessionId: session.id, notNotifiedOnly: true }, desk.token)).nodes).toEqual([]);

    await apps.client.must(CANCEL, { t: online.manageToken });
    await outboxSettled(apps.db);
    expect(await notifiedIn(session.id, desk.token)).toEqual({ [online.registration.id]: true, [waiting.id]: false });
    const toCall = await list({ sessionId: session.id, notNotifiedOnly: true }, desk.token);
    expect(toCall).toMatchObject({ totalCount: 1, nodes: [{ id: waiting.id, name: 'Abdi', status: 'CONFIRMED', patronNotified: false }] });
    // Only the library's people of the branch see it, and only they can say the patron was told.
    expect(await notifiedIn(session.id, partner.token)).toEqual({});
    expect((await list({ sessionId: session.id, notNotifiedOnly: true }, elsewhere.token)).nodes).toEqual([]);
    expect((await list({ notNotifiedOnly: true, branchIds: [branch.id] }, elsewhere.token)).nodes).toEqual([]);
    expect(codeOf(await apps.client.request(LIST, { filter: { sessionId: session.id } }, partner.token))).toBe('FORBIDDEN');
    expect(codeOf(await apps.client.request(MARK, { id: waiting.id }, elsewhere.token))).toBe('FORBIDDEN');
    expect(codeOf(await apps.client.request(MARK, { id: waiting.id }, partner.token))).toBe('FORBIDDEN');

    expect((await apps.client.must(MARK, { id: waiting.id }, desk.token)).markPatronNotified).toEqual({
      id: waiting.id,
      patronNotified: true,
    });
    expect((await list({ sessionId: session.id, notNotifiedOnly: true }, coordinator.token)).nodes).toEqual([]);

    // The session moves: e-mailed patrons hear of it, the desk patron must be called again.
    await apps.client.must(
      'mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id } }',
      { input: { sessionId: session.id, startsAt: localAt(13, '18:00'), endsAt: localAt(13, '19:30'), reason: 'Room repairs' } },
      coordinator.token,
    );
    const moved = await list({ sessionId: session.id, notNotifiedOnly: true }, desk.token);
    expect(moved.nodes.map((r: { id: string }) => r.id)).toEqual([waiting.id]);
  });

  it('lists an e-mail patron whose message could not be delivered', async () => {
    const session = await schedule(5);
    const email = `bounces-${unique()}@mail.test`;
    apps.smtp.refuse(email, 550);
    const patron = await register(apps.client, session.id, { email });
    const fine = await register(apps.client, session.id);
    await outboxSettled(apps.db);
    const [row] = await apps.db.query('SELECT status FROM notification WHERE registration_id = ?', [patron.registration.id]);
    expect(row.status).toBe('FAILED');
    expect(await notifiedIn(session.id, coordinator.token)).toEqual({ [patron.registration.id]: false, [fine.registration.id]: true });
    expect((await list({ sessionId: session.id, notNotifiedOnly: true }, desk.token)).nodes.map((r: { id: string }) => r.id)).toEqual([
      patron.registration.id,
    ]);
  });

  it('finds patrons by name or number across the sessions to come, page by page', async () => {
    const later = await schedule(10, 14);
    const sooner = await schedule(10, 13);
    const surname = `Okafor${unique()}`;
    const add = (sessionId: string, name: string, phone: string) =>
      apps.client.must(DESK, { input: { sessionId, name, contactChannel: 'NONE', phone } }, desk.token);
    const a = (await add(later.id, `Ada ${surname}`, '(312) 555-0191')).registerAtDesk.registration;
    const b = (await add(sooner.id, `Ben ${surname}`, '(312) 555-0192')).registerAtDesk.registration;
    const c = (await add(sooner.id, `Cy ${surname}`, '(312) 555-0193')).registerAtDesk.registration;

    // By the session's start, then arrival; the cursor carries on where the page ended.
    const first = await list({ text: surname }, desk.token, { first: 2 });
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(first.nodes.map((r: { id: string }) => r.id)).toEqual([b.id, c.id]);
    const rest = await list({ text: surname }, desk.token, { first: 2, after: first.pageInfo.endCursor });
    expect(rest).toMatchObject({ nodes: [{ id: a.id }], pageInfo: { hasNextPage: false } });

    // Digits as the patron says them match the stored number.
    expect((await list({ text: '555-0193' }, desk.token)).nodes.map((r: { id: string }) => r.id)).toEqual([c.id]);
    expect((await list({ text: surname, statuses: ['CANCELLED'] }, desk.token)).nodes).toEqual([]);
    expect((await list({ text: surname, from: localAt(14, '00:00') }, coordinator.token)).nodes.map((r: { id: string }) => r.id)).toEqual([
      a.id,
    ]);
    expect((await list({ text: surname }, elsewhere.token)).nodes).toEqual([]);

    const bad = await apps.client.request(LIST, { filter: { from: localAt(14, '00:00'), to: localAt(13, '00:00') } }, desk.token);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(Object.keys(errorOf(bad).extensions?.fields ?? {})).toEqual(['filter.to']);
    const refusals: Array<[Record<string, unknown>, string]> = [
      [{ filter: {}, after: 'not-a-cursor' }, 'registrations.after'],
      [{ filter: {}, first: 101 }, 'registrations.first'],
      [{ filter: { branchIds: ['not-an-id'] } }, 'filter.branchIds'],
      [{ filter: { sessionId: 'not-an-id' } }, 'filter.sessionId'],
      [{ filter: { text: 'x'.repeat(201) } }, 'filter.text'],
    ];
    for (const [vars, field] of refusals) {
      const answer = await apps.client.request(LIST, vars, desk.token);
      expect({ vars, code: codeOf(answer), fields: Object.keys(errorOf(answer).extensions?.fields ?? {}) }).toEqual({
        vars,
        code: 'BAD_USER_INPUT',
        fields: [field],
      });
    }
  });
});
