import { JobQueue, QueueName } from '@app/queue';
import { sizeOf } from '@app/notifications';
import { register } from './support/factories';
import { codeOf, errorOf } from './support/graphql-client';
import { eventually } from './support/eventually';
import { outboxSettled } from './support/outbox';
import { tablesContaining } from './support/personal-data';
import type { SmppSink } from './support/smpp-sink';
import { startDeskWorld, type DeskWorld } from './support/desk-world';
import type { TestApps } from './support/test-apps';

const DESK = `mutation($input: DeskRegistrationInput!) { registerAtDesk(input: $input) { manageToken registration { id status language } } }`;
const INFO =
  'query { serviceInfo { smsAvailable messageLanguages smsConsentVersion en: smsConsentText es: smsConsentText(language: "es") } }';
const CANCEL = 'mutation($t: String!) { cancelRegistration(token: $t) { status } }';
const TITLE = 'Managing diabetes together';

/**
 * Text messages (contract 1.1) through a real SMPP gateway in the test process: the outbox,
 * leases and retries of e-mail, at most two segments, no topic on a lock screen, STOP honoured.
 */
describe('text messages', () => {
  let apps: TestApps;
  let sms: SmppSink;
  let schedule: DeskWorld['schedule'];
  let desk: DeskWorld['desk'];
  let coordinator: DeskWorld['coordinator'];

  beforeAll(async () => {
    ({ apps, schedule, desk, coordinator } = await startDeskWorld({ sms: true }));
    sms = apps.smpp!;
  });

  afterAll(async () => {
    await apps?.close();
  });

  let numbers = 0;
  /** A fresh Chicago mobile number, as a patron would say it, and in E.164. */
  const phone = () => {
    const n = String(100 + numbers++).padStart(4, '0');
    return { spoken: `(312) 555-${n}`, e164: `+1312555${n}` };
  };
  const textsOf = async (registrationId: string) =>
    (await apps.db.query(
      'SELECT kind, status, channel, last_error AS reason FROM notification WHERE registration_id = ? ORDER BY created_at',
      [registrationId],
    )) as Array<{ kind: string; status: string; channel: string; reason: string | null }>;
  const bySms = (sessionId: string, e164: string, extra: Record<string, unknown> = {}) =>
    register(apps.client, sessionId, { email: null, contactChannel: 'SMS', phone: e164, smsConsent: true, ...extra });

  it('texts a patron who registered online by text: once, within two segments, no topic, a short link that opens the registration', async () => {
    const info = (await apps.client.must(INFO)).serviceInfo;
    expect(info).toMatchObject({
      smsAvailable: true,
      messageLanguages: ['en', 'es'],
      smsConsentVersion: expect.stringMatching(/^\w{12}$/),
    });
    expect(info.es).toContain('PARAR');
    const session = await schedule(10, 12, { title: TITLE });
    const number = phone();
    const patron = await bySms(session.id, number.spoken);
    const text = await sms.waitForText(number.e164, /registered/);
    expect(text.text).not.toContain('diabetes');
    expect(sizeOf(text.text).segments).toBeLessThanOrEqual(2);
    // The first text to a number says how to stop.
    expect(text.text).toContain('Reply STOP to opt out');
    await outboxSettled(apps.db);
    expect(sms.to(number.e164)).toHaveLength(1);
    const [row] = await apps.db.query(
      'SELECT channel, status, recipient, message_id AS messageId FROM notification WHERE registration_id = ?',
      [patron.registration.id],
    );
    expect(row).toMatchObject({ channel: 'SMS', status: 'SENT', recipient: number.e164, messageId: text.messageId });
    // The gateway's receipt says the phone got it.
    await eventually(async () => {
      const [delivered] = await apps.db.query('SELECT delivered_at AS at FROM notification WHERE registration_id = ?', [
        patron.registration.id,
      ]);
      expect(delivered.at).not.toBeNull();
    });
    const [consent] = await apps.db.query(
      'SELECT action, method, staff_user_id AS staff, text_version AS version FROM sms_consent WHERE registration_id = ?',
      [patron.registration.id],
    );
    expect(consent).toEqual({ action: 'GIVEN', method: 'WEB_FORM', staff: null, version: info.smsConsentVersion });

    // The short link leads to the patron's page with the full token, which the patron's page reads.
    const link = /(https?:\/\/\S+\/r\/[\w-]{12})/.exec(text.text)![1];
    const answer = await fetch(link.replace(/^https?:\/\/[^/]+/, apps.baseUrl), { redirect: 'manual' });
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe(`/registration#token=${patron.manageToken}`);
    const forged = await fetch(`${apps.baseUrl}/r/AAAAAAAAAAAA`, { redirect: 'manual' });
    expect(forged.headers.get('location')).toBe('/registration');

    // A second registration of the number: no need to say how to stop again.
    const other = await schedule(10, 13);
    await bySms(other.id, number.e164);
    await outboxSettled(apps.db);
    expect(sms.to(number.e164).map((t) => t.text.includes('STOP'))).toEqual([true, false]);
  });

  it('takes a receipt that says the phone never got the text into the message’s status', async () => {
    const session = await schedule(10);
    const number = phone();
    sms.receiptState = 'UNDELIV';
    try {
      const patron = await bySms(session.id, number.e164);
      await sms.waitForText(number.e164, /registered/);
      await eventually(async () =>
        expect(await textsOf(patron.registration.id)).toEqual([
          expect.objectContaining({ status: 'FAILED', reason: 'the gateway reported UNDELIV' }),
        ]),
      );
    } finally {
      sms.receiptState = 'DELIVRD';
    }
    // Once the number texted STOP, a failed text to it is not tried again.
    const [failed] = await apps.db.query("SELECT id FROM notification WHERE recipient = ? AND status = 'FAILED'", [number.e164]);
    await sms.textFrom(number.e164, 'STOP');
    const retry = await apps.client.request(
      'mutation($id: ID!) { retryNotification(id: $id) { id status } }',
      { id: failed.id },
      coordinator.token,
    );
    expect(codeOf(retry)).toBe('INVALID_STATE');
    expect(errorOf(retry).message).toMatch(/STOP/);
  });

  it('registers a patron at the desk by text in Spanish, with the staff user on the consent record', async () => {
    const session = await schedule(10);
    const number = phone();
    const receipt = (
      await apps.client.must(
        DESK,
        {
          input: {
            sessionId: session.id,
            name: 'Rosa',
            contactChannel: 'SMS',
            phone: number.spoken,
            smsConsent: true,
            language: 'es',
            source: 'PHONE',
          },
        },
        desk.token,
      )
    ).registerAtDesk;
    const text = await sms.waitForText(number.e164, /^Tiene un lugar en la biblioteca /);
    expect(text.text).toContain('Responda PARAR');
    expect(sizeOf(text.text).segments).toBeLessThanOrEqual(2);
    const [consent] = await apps.db.query('SELECT method, staff_user_id AS staff FROM sms_consent WHERE registration_id = ?', [
      receipt.registration.id,
    ]);
    expect(consent).toEqual({ method: 'PHONE', staff: desk.id });
  });

  it('delays but neither loses nor repeats texts when the gateway throttles or drops the connection', async () => {
    const session = await schedule(20);
    const throttled = phone();
    const dropped = phone();
    sms.throttle(3);
    await bySms(session.id, throttled.e164);
    await sms.waitForText(throttled.e164, /registered/, 30_000);
    expect(sms.throttled).toBe(3);
    sms.dropOnNext(1);
    await bySms(session.id, dropped.e164);
    await sms.waitForText(dropped.e164, /registered/, 30_000);
    expect(sms.dropped).toBe(1);
    await outboxSettled(apps.db);
    expect(sms.to(throttled.e164)).toHaveLength(1);
    expect(sms.to(dropped.e164)).toHaveLength(1);
  });

  it('stops every text to a number that texts STOP, confirms once, answers HELP, and resumes on START', async () => {
    const first = await schedule(10);
    const second = await schedule(10);
    const number = phone();
    const a = await bySms(first.id, number.e164);
    await sms.waitForText(number.e164, /registered/);
    // The gateway is busy: the second confirmation waits in the outbox while the patron texts STOP.
    sms.throttle(1_000);
    const b = await bySms(second.id, number.e164);
    await sms.waitFor(() => sms.throttled > 0);
    await sms.textFrom(number.e164, 'Stop.');
    await eventually(async () => expect((await textsOf(b.registration.id))[0]?.status).toBe('SKIPPED'));
    sms.throttle(0);
    await sms.waitForText(number.e164, /no more texts/);
    await sms.textFrom(number.e164, 'STOP');
    await apps.client.must(CANCEL, { t: a.manageToken });
    await outboxSettled(apps.db);
    expect(sms.to(number.e164).filter((t) => /no more texts/.test(t.text))).toHaveLength(1);
    expect(await textsOf(b.registration.id)).toEqual([expect.objectContaining({ status: 'SKIPPED', reason: 'the number texted STOP' })]);
    expect((await textsOf(a.registration.id)).map((t) => t.status)).toEqual(['SENT', 'SKIPPED']);

    await sms.textFrom(number.e164, 'HELP');
    const help = await sms.waitForText(number.e164, /Reply STOP to stop/);
    // An auto-responder texting HELP back and forth gets one answer in ten minutes, not a loop.
    await sms.textFrom(number.e164, 'help');
    await outboxSettled(apps.db);
    expect(sms.to(number.e164).filter((t) => /Reply STOP to stop/.test(t.text))).toHaveLength(1);
    expect(help.text).toMatch(/^Branch [\w-]+: texts about your library registrations/);
    await sms.textFrom(number.e164, 'start');
    await sms.waitForText(number.e164, /texts are back on/);
    const third = await schedule(10);
    await bySms(third.id, number.e164);
    await sms.waitForText(number.e164, /registered/);
    await outboxSettled(apps.db);
    expect(sms.to(number.e164).filter((t) => /registered/.test(t.text))).toHaveLength(2);

    // A Spanish keyword from a number the library never texted: the answer is in Spanish.
    const stranger = phone();
    await sms.textFrom(stranger.e164, 'PARAR');
    const reply = await sms.waitForText(stranger.e164, /ya no le enviaremos textos/);
    expect(reply.text).toMatch(/^La biblioteca: /);
  });

  it('refuses a text registration it cannot honour, naming the field, and registers nobody', async () => {
    const session = await schedule(10);
    const base = { sessionId: session.id, name: 'Pat', contactChannel: 'SMS', phone: '(312) 555-0199', smsConsent: true };
    const refusals: Array<[Record<string, unknown>, string]> = [
      [{ smsConsent: false }, 'input.smsConsent'],
      [{ phone: null }, 'input.phone'],
      [{ phone: '+44 20 7183 8750' }, 'input.phone'],
      [{ phone: '(800) 555-0199' }, 'input.phone'],
      [{ email: 'pat@mail.test' }, 'input.email'],
      [{ contactChannel: 'NONE', phone: null, smsConsent: false }, 'input.contactChannel'],
    ];
    for (const [patch, field] of refusals) {
      const answer = await apps.client.request('mutation($input: RegisterInput!) { registerForSession(input: $input) { manageToken } }', {
        input: { ...base, ...patch },
      });
      expect({ patch, code: codeOf(answer), fields: Object.keys(errorOf(answer).extensions?.fields ?? {}) }).toEqual({
        patch,
        code: 'BAD_USER_INPUT',
        fields: [field],
      });
    }
    const [rows] = await apps.db.query('SELECT COUNT(*) AS n FROM registration WHERE session_id = ?', [session.id]);
    expect(Number(rows.n)).toBe(0);
  });

  it('purges the number with the rest of the registration, and keeps the opt-out', async () => {
    const old = await schedule(10);
    const number = phone();
    const patron = await bySms(old.id, number.e164);
    await sms.waitForText(number.e164, /registered/);
    await sms.textFrom(number.e164, 'STOP');
    await sms.waitForText(number.e164, /no more texts/);
    await outboxSettled(apps.db);
    const ago = new Date(Date.now() - 40 * 86_400_000);
    await apps.db.query('UPDATE session SET starts_at = ?, ends_at = ? WHERE id = ?', [ago, new Date(ago.getTime() + 3600_000), old.id]);
    await apps.worker!.get(JobQueue).enqueue(QueueName.MAINTENANCE, { name: 'purge', payload: {} });
    await eventually(async () => expect(await tablesContaining(apps.db, number.e164.slice(1))).toEqual([]));
    expect(await textsOf(patron.registration.id)).not.toHaveLength(0);

    // The number is gone, its opt-out is not: a new registration with it is not texted.
    const later = await schedule(10);
    const again = await bySms(later.id, number.e164);
    await outboxSettled(apps.db);
    expect(await textsOf(again.registration.id)).toEqual([
      expect.objectContaining({ status: 'SKIPPED', reason: 'the number texted STOP' }),
    ]);
  });
});
