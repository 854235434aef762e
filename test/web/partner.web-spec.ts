import type { Locator, Page } from 'playwright-core';
import { DateTime } from 'luxon';
import {
  allWeek,
  createBranch,
  createCoordinator,
  createRoom,
  localAt,
  register,
  scheduledWorkshop,
  verifiedPartner,
} from '../support/factories';
import { eventually } from '../support/eventually';
import { TestApps } from '../support/test-apps';
import { axeViolations, setChecked, WebBrowser } from '../support/web';

const ZONE = 'America/Chicago';
/** The series' first date: far enough ahead that every date is bookable. */
const FIRST_DAY = 10;

/** Types a date into a React Aria date field (en-US: month, day, year), segment by segment. */
async function typeDate(field: Locator, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-');
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(`${month}${day}${year}`);
}

/** Types an hour (1–12, afternoon kept) into a React Aria time field. */
async function typeHour(field: Locator, hour: number): Promise<void> {
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(String(hour));
}

async function choose(scope: Page | Locator, label: RegExp, option: string | RegExp): Promise<void> {
  await scope.getByRole('button', { name: label }).click();
  const page = 'page' in scope ? scope.page() : scope;
  await page.getByRole('option', { name: option }).click();
}

/** Journey 2: a new agency applies, proposes a weekly series around a booked date, and follows it to its registrants. */
describe('a partner agency, in the browser', () => {
  let apps: TestApps;
  let web: WebBrowser;
  let coordinator: { token: string };
  let roomId: string;

  beforeAll(async () => {
    apps = await TestApps.start();
    web = await WebBrowser.launch();
    const admin = await apps.adminToken();
    const branch = await createBranch(apps.client, admin, {
      name: 'Central Library',
      timeZone: ZONE,
      openingHours: allWeek('08:00', '21:00'),
    });
    roomId = (await createRoom(apps.client, admin, branch.id, { name: 'Room A', capacity: 30 })).id;
    coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    // Another agency already has Room A on the series' third date, at the same hour.
    const other = await verifiedPartner(apps.client, coordinator.token);
    await scheduledWorkshop(apps.client, other.token, coordinator.token, {
      title: 'Already booked',
      sessions: [{ startsAt: localAt(FIRST_DAY + 14, '18:00'), endsAt: localAt(FIRST_DAY + 14, '19:30'), branchId: branch.id, roomId }],
    });
  });

  afterAll(async () => {
    await web?.close();
    await apps?.close();
  });

  it('applies, proposes a weekly series, moves the date that collides, submits, and after approval sees only consenting contacts', async () => {
    const page = await web.page({ viewport: { width: 1024, height: 900 } });
    await page.goto(`${apps.baseUrl}/apply`);
    await page.getByRole('heading', { level: 1, name: 'Run workshops at the library' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Sent empty: every problem beside its field and in a summary at the top.
    await page.getByRole('button', { name: 'Apply' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Please look again at:' });
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining([
        'Agency name',
        'Kind of agency',
        'Agency e-mail for notices',
        'Your name',
        'Your e-mail address',
        'Password',
      ]),
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Agency name').fill('Harbor Benefits Clinic');
    await choose(page, /Kind of agency/, 'Social services');
    await page.getByLabel('Agency e-mail for notices').fill('clinic@harbor.test');
    await page.getByLabel('Your name').fill('Dana Reyes');
    await page.getByLabel('Your e-mail address').fill('dana@harbor.test');
    await page.getByLabel('Password', { exact: true }).fill('harbor-password-1');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Your agency is waiting for verification.').waitFor();
    await page.getByText('clinic@harbor.test', { exact: false }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const [{ id: agencyId }] = await apps.db.query("SELECT id FROM agency WHERE name = 'Harbor Benefits Clinic'");
    await apps.client.must('mutation($id: ID!) { verifyAgency(id: $id) { id } }', { id: agencyId }, coordinator.token);
    await page.reload();
    await page.getByRole('heading', { name: 'Your workshops' }).waitFor();
    expect(await page.getByText('Your agency is waiting for verification.').count()).toBe(0);

    await page.getByRole('link', { name: 'Propose a workshop' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Propose a workshop' }).waitFor();
    await page.getByLabel('Title').fill('Applying for SNAP benefits');
    await page.getByLabel('Summary').fill('Step by step through the application, with a caseworker.');
    await page.getByLabel('What to expect').fill('Bring an ID if you have one. Nothing else is needed.');

    const first = DateTime.now().setZone(ZONE).plus({ days: FIRST_DAY });
    const series = page.getByRole('group', { name: 'Session 1' });
    await choose(series, /Branch/, 'Central Library');
    await typeDate(series.getByRole('group', { name: 'Date' }), first.toISODate()!);
    await choose(series, /Preferred room/, /^Room A/);
    await setChecked(page, 'Repeat this session weekly', true);
    const weekly = page.getByRole('group', { name: 'Series 1' });
    await setChecked(page, first.toFormat('ccc'), true);
    const count = weekly.getByRole('textbox', { name: 'Number of sessions' });
    await count.fill('4');
    await count.press('Tab');

    // The preview: four dates in local time, the third one flagged with its reason.
    const preview = weekly.getByRole('list', { name: /Preview: 4 sessions/ });
    await preview.waitFor();
    const items = preview.locator(':scope > li');
    await eventually(async () => expect((await items.allTextContents()).filter((t) => /Room free/.test(t))).toHaveLength(3));
    const flagged = items.nth(2);
    expect(await flagged.textContent()).toContain('Not possible as is');
    expect(await flagged.textContent()).toContain('The room is booked then (set-up and clean-up included).');
    expect(await flagged.textContent()).toContain(first.plus({ weeks: 2 }).setLocale('en-US').toFormat('MMMM d'));
    expect(await axeViolations(page)).toEqual([]);

    // Moved out of the series, to the afternoon: every date is free.
    await flagged.getByRole('button', { name: 'Move this date' }).click();
    const moved = page.getByRole('group', { name: 'Session 2' });
    await moved.waitFor();
    expect(await page.getByRole('group', { name: 'Series 1' }).getByRole('list').locator(':scope > li').count()).toBe(2);
    await typeHour(moved.getByRole('group', { name: 'Starts' }), 2);
    await typeHour(moved.getByRole('group', { name: 'Ends' }), 3);
    await eventually(async () => expect(await moved.getByRole('list').textContent()).toContain('Room free'));
    await eventually(async () => expect(await page.getByText('Not possible as is').count()).toBe(0));
    await eventually(async () => expect(await page.getByText('Room free').count()).toBe(4));

    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Submitted. A coordinator will review it; we e-mail you when they decide.').waitFor();
    const workshopId = new URL(page.url()).pathname.split('/').at(-1)!;
    const sessionCards = page.locator('article.session-card');
    expect(await sessionCards.count()).toBe(4);
    for (const text of await sessionCards.allTextContents()) expect(text).toMatch(/Proposed.*room held/);
    expect(await axeViolations(page)).toEqual([]);
    const requested = await apps.db.query(
      'SELECT s.starts_at AS startsAt, b.status FROM session s JOIN room_booking b ON b.session_id = s.id WHERE s.workshop_id = ? ORDER BY s.starts_at',
      [workshopId],
    );
    expect(requested.map((r: { status: string }) => r.status)).toEqual(['TENTATIVE', 'TENTATIVE', 'TENTATIVE', 'TENTATIVE']);
    expect(DateTime.fromJSDate(requested[2].startsAt).setZone(ZONE).hour).toBe(14);

    // Approved by a coordinator; two parties register, one sharing their contact with the agency.
    const approved = await apps.client.must(
      'mutation($input: ApproveWorkshopInput!) { approveWorkshop(input: $input) { sessions { id startsAt } } }',
      { input: { workshopId } },
      coordinator.token,
    );
    const firstSession = [...approved.approveWorkshop.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0].id;
    await register(apps.client, firstSession, { name: 'Ana Consenting', email: 'ana@mail.test', shareContactWithPartner: true });
    await register(apps.client, firstSession, { name: 'Ben Private', email: 'ben@mail.test', partySize: 2 });

    await page.reload();
    const card = sessionCards.first();
    await card.getByText('3 of 20 seats taken', { exact: false }).waitFor();
    await card.getByRole('button', { name: 'Show the registrants' }).click();
    const contacts = card.getByRole('table', { name: 'Registrants who agreed to share their contact' });
    expect(await contacts.textContent()).toContain('Ana Consenting');
    expect(await contacts.textContent()).toContain('ana@mail.test');
    expect(await page.content()).not.toContain('Ben Private');
    expect(await page.content()).not.toContain('ben@mail.test');
    await card.getByText('2 more seats are taken by people who did not share their contact.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(web.takeProblems()).toEqual([]);
  });
});
