import type { Page } from 'playwright-core';
import {
  allWeek,
  createBranch,
  createCoordinator,
  createDeskStaff,
  createRoom,
  localAt,
  register,
  scheduledWorkshop,
  verifiedPartner,
} from '../support/factories';
import { TestApps } from '../support/test-apps';
import { axeViolations, scrollsSideways, setChecked, WebBrowser } from '../support/web';

/**
 * The library desk (`/desk`): a staff member on a small screen registers a patron by text message
 * in Spanish, prints the slip, finds a patron in the roster, and calls back a patron promoted from
 * the waitlist whom no message reached.
 */
describe('the library desk', () => {
  let apps: TestApps;
  let web: WebBrowser;
  let page: Page;
  let workshopTitle: string;
  let fullSession: string;
  let desk: { email: string; password: string };

  beforeAll(async () => {
    apps = await TestApps.start({ sms: true });
    web = await WebBrowser.launch();
    const admin = await apps.adminToken();
    const branch = await createBranch(apps.client, admin, {
      name: 'Eastside Branch',
      phone: '(312) 555-0100',
      openingHours: allWeek('07:00', '22:00'),
    });
    const room = await createRoom(apps.client, admin, branch.id, { name: 'Study Room' });
    const other = await createRoom(apps.client, admin, branch.id, { name: 'Meeting Room' });
    const coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    const partner = await verifiedPartner(apps.client, coordinator.token, { agency: { name: 'Eastside Benefits Help' } });
    workshopTitle = 'Applying for food assistance';
    await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      title: workshopTitle,
      capacity: 10,
      sessions: [{ startsAt: localAt(2, '18:00'), endsAt: localAt(2, '19:30'), branchId: branch.id, roomId: room.id }],
    });
    const full = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      title: 'Tax help',
      capacity: 1,
      sessions: [{ startsAt: localAt(3, '10:00'), endsAt: localAt(3, '11:00'), branchId: branch.id, roomId: other.id }],
    });
    fullSession = full.sessions[0].id;
    desk = await createDeskStaff(apps.client, admin, (e, p) => apps.login(e, p), [branch.id]);
    page = await web.page();
    await page.goto(`${apps.baseUrl}/desk`);
    await page.getByLabel('E-mail address').fill(desk.email);
    await page.getByLabel('Password').fill(desk.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(`${apps.baseUrl}/desk`);
  });

  afterAll(async () => {
    await web?.close();
    await apps?.close();
  });

  it('registers a patron by text in Spanish, with consent read aloud, and prints the slip; the text arrives', async () => {
    await page.getByRole('heading', { level: 1, name: 'Sessions at your branches' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByRole('link', { name: `Open ${workshopTitle}` }).click();
    await page.getByRole('heading', { level: 1, name: workshopTitle }).waitFor();

    await page.getByLabel('Name', { exact: true }).fill('Rosa');
    await page.getByRole('textbox', { name: 'How many people' }).fill('2');
    await page.getByText('Text messages', { exact: true }).click();
    await page.getByRole('textbox', { name: 'Mobile number' }).fill('(312) 555-0166');
    await page.locator('label.radio', { hasText: 'Español' }).click();
    // The consent sentence to read aloud is the patron's language's.
    await page.getByText('Acepto recibir mensajes de texto de la biblioteca', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByText('Texts need the patron’s agreement: read the sentence aloud and tick the box.').first().waitFor();
    expect(await page.getByRole('textbox', { name: 'Mobile number' }).inputValue()).toBe('(312) 555-0166');
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Rosa');
    expect(await axeViolations(page)).toEqual([]);
    await setChecked(page, 'The patron agrees to text messages', true);
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByText('Rosa is registered: a seat is saved.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The slip: printed from its link, in Spanish, with the check-in code and the short link.
    const slipUrl = (await page.getByRole('link', { name: 'Print the slip' }).getAttribute('href'))!;
    const slip = await (await fetch(slipUrl.replace(/^https?:\/\/[^/]+/, apps.baseUrl))).text();
    expect(slip).toContain('<html lang="es">');
    expect(slip).toContain('Rosa');
    expect(slip).toContain(workshopTitle);
    expect(slip).toContain('Su lugar está reservado para 2 personas.');
    expect(slip).toContain('Eastside Branch');
    expect(slip).toContain('+13125550100');
    expect(slip.match(/<svg/g)).toHaveLength(2);

    const text = await apps.smpp!.waitForText('+13125550166', /^Tiene un lugar en la biblioteca/);
    expect(text.text).not.toContain('food');

    // The roster finds her by name.
    await page.getByRole('searchbox', { name: 'Find a patron by name' }).fill('ros');
    await page.getByRole('cell', { name: 'Rosa', exact: true }).waitFor();
    await page.getByRole('searchbox', { name: 'Find a patron by name' }).fill('zz');
    await page.getByText('Nobody by that name.').waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    expect(web.takeProblems()).toEqual([]);
  });

  it('lists a promoted patron no message reached, and forgets them once the desk says it called', async () => {
    const first = await register(apps.client, fullSession);
    const login = await apps.login(desk.email, desk.password);
    await apps.client.must(
      'mutation($input: DeskRegistrationInput!) { registerAtDesk(input: $input) { registration { id status } } }',
      { input: { sessionId: fullSession, name: 'Abdi', contactChannel: 'NONE', phone: '(312) 555-0142' } },
      login,
    );
    await apps.client.must('mutation($t: String!) { cancelRegistration(token: $t) { status } }', { t: first.manageToken });

    await page.getByRole('navigation', { name: 'Desk menu' }).getByRole('link', { name: 'Patrons to call' }).click();
    await page.getByRole('heading', { level: 1, name: 'Promoted, not notified' }).waitFor();
    await page.getByRole('link', { name: '+13125550142' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    // By keyboard: the button takes the focus and Enter presses it.
    const mark = page.getByRole('button', { name: 'Mark Abdi as told' });
    await mark.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Abdi is marked as told.').waitFor();
    await page.getByText('Everyone knows where they stand.').waitFor();
    const [row] = await apps.db.query("SELECT patron_told_at AS told FROM registration WHERE name = 'Abdi'");
    expect(row.told).not.toBeNull();
    expect(web.takeProblems()).toEqual([]);
  });
});
