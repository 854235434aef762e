import { register } from './support/factories';
import { codeOf, errorOf } from './support/graphql-client';
import { startDeskWorld, type DeskWorld } from './support/desk-world';
import type { TestApps } from './support/test-apps';

const LANGUAGE = 'query($t: String!) { registrationByToken(token: $t) { id language } }';
const PREFERENCES = `mutation($t: String!, $input: RegistrationPreferencesInput!) {
  updateRegistrationPreferences(token: $t, input: $input) { language } }`;
const CANCEL = 'mutation($t: String!) { cancelRegistration(token: $t) { status } }';
const DESK = `mutation($input: DeskRegistrationInput!) { registerAtDesk(input: $input) { registration { id language } } }`;

/**
 * Every patron message in the patron's language (contract 1.1): the one they asked for, else
 * the workshop's, else English; e-mails, subjects and calendar files alike.
 */
describe('messages in the patron’s language', () => {
  let apps: TestApps;
  let schedule: DeskWorld['schedule'];
  let desk: DeskWorld['desk'];

  beforeAll(async () => {
    ({ apps, schedule, desk } = await startDeskWorld());
  });

  afterAll(async () => {
    await apps?.close();
  });

  const languageOf = async (token: string) => (await apps.client.must(LANGUAGE, { t: token })).registrationByToken.language;

  it('writes to a patron who asked for Spanish in Spanish, calendar file included, until they switch to English', async () => {
    const session = await schedule(10);
    const patron = await register(apps.client, session.id, { language: 'es-MX' });
    expect(await languageOf(patron.manageToken)).toBe('es');
    const confirmation = await apps.smtp.waitForMail(patron.email, /^Inscripción confirmada: /);
    expect(confirmation.text).toContain('su inscripción está confirmada');
    expect(confirmation.text).toMatch(/\b\d{1,2} de [a-z]+ de \d{4}, \d{1,2}:\d\d p\. ?m\. C[SD]T/);
    expect(confirmation.html).toContain('<html lang="es">');
    const calendar = confirmation.attachments.find((a) => a.filename === 'session.ics')!.content.toString();
    expect(calendar.replace(/\r\n[ \t]/g, '')).toContain('Consulte o cambie su inscripción');

    const switched = await apps.client.must(PREFERENCES, { t: patron.manageToken, input: { language: 'en' } });
    expect(switched.updateRegistrationPreferences.language).toBe('en');
    await apps.client.must(CANCEL, { t: patron.manageToken });
    const cancelled = await apps.smtp.waitForMail(patron.email, /^Registration cancelled: /);
    expect(cancelled.text).toContain('Your registration is cancelled');
  });

  it('chooses the workshop’s first language that messages exist in, else English', async () => {
    const spanish = await schedule(10, 12, { languages: ['vi', 'es', 'en'] });
    const vietnamese = await schedule(10, 12, { languages: ['vi'] });
    const a = await register(apps.client, spanish.id);
    const b = await register(apps.client, vietnamese.id);
    expect(await languageOf(a.manageToken)).toBe('es');
    expect(await languageOf(b.manageToken)).toBe('en');
    await apps.smtp.waitForMail(a.email, /^Inscripción confirmada: /);
    await apps.smtp.waitForMail(b.email, /^You're registered: /);
    const atDesk = await apps.client.must(
      DESK,
      { input: { sessionId: vietnamese.id, name: 'Lan', contactChannel: 'EMAIL', email: `lan-${Date.now()}@mail.test`, language: 'es' } },
      desk.token,
    );
    expect(atDesk.registerAtDesk.registration.language).toBe('es');
  });

  it('refuses a language that messages do not exist in, naming the field, and registers nobody', async () => {
    const session = await schedule(10);
    for (const language of ['fr', 'not a tag', 'x'.repeat(36)]) {
      const answer = await apps.client.request('mutation($input: RegisterInput!) { registerForSession(input: $input) { manageToken } }', {
        input: { sessionId: session.id, name: 'Pat', email: `pat-${Date.now()}@mail.test`, language },
      });
      expect({ language, code: codeOf(answer), fields: Object.keys(errorOf(answer).extensions?.fields ?? {}) }).toEqual({
        language,
        code: 'BAD_USER_INPUT',
        fields: ['input.language'],
      });
    }
    const [rows] = await apps.db.query('SELECT COUNT(*) AS n FROM registration WHERE session_id = ?', [session.id]);
    expect(Number(rows.n)).toBe(0);
    const patron = await register(apps.client, session.id);
    const refused = await apps.client.request(PREFERENCES, { t: patron.manageToken, input: { language: 'fr' } });
    expect(Object.keys(errorOf(refused).extensions?.fields ?? {})).toEqual(['input.language']);
    expect(await languageOf(patron.manageToken)).toBe('en');
  });
});
