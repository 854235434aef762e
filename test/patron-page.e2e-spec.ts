import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { createBranch, createCoordinator, createRoom, localAt, register, scheduledWorkshop, verifiedPartner } from './support/factories';
import { eventually } from './support/eventually';
import { TestApps } from './support/test-apps';

describe('the patron’s page, in a browser', () => {
  let apps: TestApps;
  let browser: Browser;

  beforeAll(async () => {
    apps = await TestApps.start();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await apps?.close();
  });

  it('opens the manage link from the e-mail, shows the status, and cancels: the seat goes to the next party', async () => {
    const admin = await apps.adminToken();
    const branch = await createBranch(apps.client, admin, { name: 'Central Library', address: '400 S State St' });
    const room = await createRoom(apps.client, admin, branch.id, { name: 'Community Room A' });
    const coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    const partner = await verifiedPartner(apps.client, coordinator.token, { agency: { name: 'Riverside Public Health' } });
    const { sessions } = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      title: 'Managing stress at work',
      capacity: 2,
      sessions: [{ startsAt: localAt(6, '18:00'), endsAt: localAt(6, '19:30'), branchId: branch.id, roomId: room.id }],
    });
    await register(apps.client, sessions[0].id, { name: 'Ana', partySize: 2, email: 'ana@mail.test' });
    const ben = await register(apps.client, sessions[0].id, { name: 'Ben', partySize: 2, email: 'ben@mail.test' });
    expect(ben.registration.status).toBe('WAITLISTED');

    const mail = await apps.smtp.waitForMail('ana@mail.test', /You're registered/);
    const link = /(http:\/\/localhost:3999\/registration#token=[A-Za-z0-9_-]+)/
      .exec(mail.text)![1]
      .replace('http://localhost:3999', apps.baseUrl);

    const page = await browser.newPage();
    await page.goto(link);
    await page.getByRole('status').filter({ hasText: 'You are registered' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Managing stress at work');
    expect(await page.locator('#where').textContent()).toBe('Central Library, Community Room A, 400 S State St');
    expect(page.url()).not.toContain('token='); // the token leaves the address bar
    expect(await page.locator('#qr-code svg').count()).toBe(1);
    // Every form control has a label.
    const unlabelled = await page.$$eval(
      'input',
      (inputs) => inputs.filter((i) => !i.ownerDocument.querySelector(`label[for="${i.id}"]`)).length,
    );
    expect(unlabelled).toBe(0);

    await page.getByRole('checkbox', { name: /reminders/ }).uncheck();
    await page.getByRole('button', { name: 'Save my choices' }).click();
    await page.getByRole('status').filter({ hasText: 'saved' }).waitFor();

    await page.getByRole('button', { name: 'Cancel my registration' }).click();
    await page.getByRole('button', { name: 'Yes, cancel it' }).click();
    await page.getByRole('status').filter({ hasText: 'Your registration is cancelled' }).waitFor();

    const rows = await apps.db.query('SELECT id, status, reminders_opt_in FROM registration WHERE session_id = ? ORDER BY seq', [
      sessions[0].id,
    ]);
    expect(rows.map((r: { status: string }) => r.status)).toEqual(['CANCELLED', 'CONFIRMED']);
    expect(rows[0].reminders_opt_in).toBe(0);
    await apps.smtp.waitForMail('ben@mail.test', /A seat is yours/);

    // Ben's page now says he is registered.
    const benLink = `${apps.baseUrl}/registration#token=${ben.manageToken}`;
    await page.goto(benLink);
    await page.getByRole('status').filter({ hasText: 'You are registered: 2 seats are yours' }).waitFor();
    await eventually(() => undefined);
  });

  it('says so when the link is incomplete or unknown', async () => {
    const page = await browser.newPage();
    await page.goto(`${apps.baseUrl}/registration`);
    await page.getByRole('status').filter({ hasText: 'incomplete' }).waitFor();
    await page.goto(`${apps.baseUrl}/registration#token=${'x'.repeat(43)}`);
    await page.getByRole('status').filter({ hasText: 'could not find' }).waitFor();
  });
});
