import type { Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { createBranch, createCoordinator, createRoom, localAt, register, scheduledWorkshop, verifiedPartner } from '../support/factories';
import { TestApps } from '../support/test-apps';
import { axeViolations, scrollsSideways, setChecked, WebBrowser } from '../support/web';

/** Journey 1: a patron on a phone (360 px) finds a session, registers, and later cancels. */
describe('a patron, on a phone', () => {
  let apps: TestApps;
  let web: WebBrowser;
  let stressSession: string;
  let tenantSession: string;

  beforeAll(async () => {
    apps = await TestApps.start({ sms: true });
    web = await WebBrowser.launch();
    const admin = await apps.adminToken();
    const central = await createBranch(apps.client, admin, { name: 'Central Library', address: '400 S State St' });
    const eastside = await createBranch(apps.client, admin, { name: 'Eastside Branch' });
    const roomA = await createRoom(apps.client, admin, central.id, { name: 'Community Room A', features: ['HEARING_LOOP'] });
    const roomB = await createRoom(apps.client, admin, eastside.id, { name: 'Meeting Room' });
    const coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    const health = await verifiedPartner(apps.client, coordinator.token, { agency: { name: 'Riverside Public Health' } });
    const stress = await scheduledWorkshop(apps.client, health.token, coordinator.token, {
      title: 'Managing stress at work',
      tags: ['health'],
      capacity: 2,
      sessions: [{ startsAt: localAt(6, '18:00'), endsAt: localAt(6, '19:30'), branchId: central.id, roomId: roomA.id }],
    });
    stressSession = stress.sessions[0].id;
    const tenant = await scheduledWorkshop(apps.client, health.token, coordinator.token, {
      title: 'Tenant rights',
      tags: ['housing'],
      sessions: [{ startsAt: localAt(5, '10:00'), endsAt: localAt(5, '11:00'), branchId: eastside.id, roomId: roomB.id }],
    });
    tenantSession = tenant.sessions[0].id;
  });

  afterAll(async () => {
    await web?.close();
    await apps?.close();
  });

  const cardTitles = (page: Page) => page.locator('.card-list h3, .card-list h2').allTextContents();
  const registrationOf = async (email: string) =>
    (
      await apps.db.query('SELECT status, party_size AS partySize, reminders_opt_in AS reminders FROM registration WHERE email = ?', [
        email,
      ])
    )[0];

  it('filters the catalog, registers, opens the e-mailed link, changes a choice and cancels: the next party gets the seats', async () => {
    const page = await web.page();
    await page.goto(`${apps.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Workshops at your library' }).waitFor();
    await page.getByRole('heading', { name: '2 sessions' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);

    // Only the Central Library, only rooms with a hearing loop: the filters go into the address.
    await page.getByRole('button', { name: 'More filters' }).click();
    await page.getByRole('button', { name: /Library branch/ }).click();
    await page.getByRole('option', { name: 'Central Library' }).click();
    await setChecked(page, 'Hearing loop', true);
    await page.getByRole('button', { name: 'Show workshops' }).click();
    await page.getByRole('heading', { name: '1 session' }).waitFor();
    expect(await cardTitles(page)).toEqual(['Managing stress at work']);
    expect(new URL(page.url()).searchParams.get('features')).toBe('HEARING_LOOP');
    expect(new URL(page.url()).searchParams.get('branch')).toBeTruthy();
    // The shared address shows the same list.
    const shared = await web.page();
    await shared.goto(page.url());
    await shared.getByRole('heading', { name: '1 session' }).waitFor();
    expect(await cardTitles(shared)).toEqual(['Managing stress at work']);
    // …with its filters open and showing what is chosen.
    expect(await shared.getByRole('checkbox', { name: 'Hearing loop' }).isChecked()).toBe(true);
    expect(await shared.getByRole('button', { name: 'Hide the filters' }).getAttribute('aria-expanded')).toBe('true');

    await page.getByRole('link', { name: 'Managing stress at work' }).click();
    await page.getByRole('heading', { level: 1, name: 'Managing stress at work' }).waitFor();
    await page.getByText('2 seats left').first().waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByLabel('Your name').fill('Ana');
    await page.getByLabel('E-mail address').fill('ana@mail.test');
    await page.getByRole('textbox', { name: 'How many people (you included)' }).fill('2');
    await setChecked(page, /Share my name and e-mail/, true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save my seat' }).click();
    await page.getByText('You have 2 seats.').waitFor();
    expect(await registrationOf('ana@mail.test')).toMatchObject({ status: 'CONFIRMED', partySize: 2 });
    expect(await axeViolations(page)).toEqual([]);

    // The session is full now: the next party waits.
    const ben = await register(apps.client, stressSession, { name: 'Ben', partySize: 2, email: 'ben@mail.test' });
    expect(ben.registration.status).toBe('WAITLISTED');

    const mail = await apps.smtp.waitForMail('ana@mail.test', /You're registered/);
    const link = /(http:\/\/localhost:3999\/registration#token=[A-Za-z0-9_-]+)/
      .exec(mail.text)![1]
      .replace('http://localhost:3999', apps.baseUrl);
    const manage = await web.page();
    await manage.goto(link);
    await manage.getByText('You have 2 seats.').waitFor();
    expect(manage.url()).not.toContain('token='); // the token leaves the address bar
    expect(await manage.locator('figure.qr svg').count()).toBe(1);
    expect(await scrollsSideways(manage)).toBe(false);
    expect(await axeViolations(manage)).toEqual([]);

    await setChecked(manage, 'Send me a reminder before the session.', false);
    await manage.getByText('Saved.').waitFor();
    expect(await registrationOf('ana@mail.test')).toMatchObject({ reminders: 0 });
    // A reload keeps the registration (the tab remembers the link).
    await manage.reload();
    await manage.getByText('You have 2 seats.').waitFor();
    expect(await manage.getByRole('checkbox', { name: 'Send me a reminder before the session.' }).isChecked()).toBe(false);

    await manage.getByRole('button', { name: 'Cancel my registration' }).click();
    const dialog = manage.getByRole('alertdialog', { name: 'Cancel your registration?' });
    await dialog.waitFor();
    expect(await axeViolations(manage)).toEqual([]);
    await dialog.getByRole('button', { name: 'Yes, cancel it' }).click();
    await manage.getByText('This registration is cancelled.', { exact: false }).waitFor();
    expect(await registrationOf('ana@mail.test')).toMatchObject({ status: 'CANCELLED' });

    await eventually(async () => expect(await registrationOf('ben@mail.test')).toMatchObject({ status: 'CONFIRMED' }));
    await apps.smtp.waitForMail('ben@mail.test', /seat/i);
    expect(web.takeProblems()).toEqual([]);
  });

  it('reads the page in Spanish, registers, and receives the confirmation in Spanish', async () => {
    const page = await web.page();
    await page.goto(`${apps.baseUrl}/sessions/${tenantSession}`);
    await page.getByRole('heading', { level: 1, name: 'Tenant rights' }).waitFor();
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
    await page.getByLabel('Su nombre').fill('Lucía');
    await page.getByRole('textbox', { name: 'Correo electrónico' }).fill('lucia@mail.test');
    await page.getByRole('button', { name: 'Reservar mi lugar' }).click();
    await page.getByText('Tiene 1 lugar reservado.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const [row] = await apps.db.query('SELECT language FROM registration WHERE email = ?', ['lucia@mail.test']);
    expect(row.language).toBe('es');
    const mail = await apps.smtp.waitForMail('lucia@mail.test', /^Inscripción confirmada: Tenant rights/);
    expect(mail.text).toContain('Hola, Lucía: su inscripción está confirmada.');
    expect(web.takeProblems()).toEqual([]);
  });

  it('registers by text message: the consent is asked for next to its box, nothing typed is lost, and the text arrives', async () => {
    const page = await web.page();
    await page.goto(`${apps.baseUrl}/sessions/${tenantSession}`);
    await page.getByRole('heading', { level: 1, name: 'Tenant rights' }).waitFor();
    await page.getByLabel('Your name').fill('Marcus');
    await page.getByText('By text message', { exact: true }).click();
    expect(await page.getByRole('radio', { name: 'By text message' }).isChecked()).toBe(true);
    await page.getByLabel('Mobile phone number').fill('(312) 555-0188');
    expect(await page.getByLabel('E-mail address').count()).toBe(0);
    await page.getByRole('button', { name: 'Save my seat' }).click();
    const consent = page.getByRole('checkbox', { name: /I agree to receive text messages from the library/ });
    await page.getByText('To get text messages, tick the box to agree to them; or choose e-mail.').first().waitFor();
    expect(await consent.getAttribute('aria-describedby')).toBeTruthy();
    expect(await page.getByLabel('Mobile phone number').inputValue()).toBe('(312) 555-0188');
    expect(await axeViolations(page)).toEqual([]);
    await setChecked(page, /I agree to receive text messages from the library/, true);
    await page.getByRole('button', { name: 'Save my seat' }).click();
    await page.getByText('We texted you the details', { exact: false }).waitFor();
    const text = await apps.smpp!.waitForText('+13125550188', /registered/);
    expect(text.text).not.toContain('Tenant');
    const [row] = await apps.db.query('SELECT contact_channel AS channel, email, phone FROM registration WHERE phone = ?', [
      '+13125550188',
    ]);
    expect(row).toEqual({ channel: 'SMS', email: null, phone: '+13125550188' });
    expect(await scrollsSideways(page)).toBe(false);
    expect(web.takeProblems()).toEqual([]);
  });
});
