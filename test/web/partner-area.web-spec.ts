import type { BrowserContext, Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import {
  allWeek,
  createBranch,
  createCoordinator,
  createRoom,
  createWorkshop,
  localAt,
  register,
  scheduledWorkshop,
  verifiedPartner,
  type Partner,
} from '../support/factories';
import { TestApps } from '../support/test-apps';
import { WebBrowser } from '../support/web';

/** The rest of the partner area: review and resubmission, cancelling, members, the report, an ended session. */
describe('the partner area, in the browser', () => {
  let apps: TestApps;
  let web: WebBrowser;
  let coordinator: { token: string };
  let partner: Partner;
  let context: BrowserContext;
  let page: Page;
  let branchId: string;
  let roomId: string;

  beforeAll(async () => {
    apps = await TestApps.start();
    web = await WebBrowser.launch();
    const admin = await apps.adminToken();
    branchId = (await createBranch(apps.client, admin, { name: 'Central Library', openingHours: allWeek('08:00', '21:00') })).id;
    roomId = (await createRoom(apps.client, admin, branchId, { name: 'Room A' })).id;
    coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    partner = await verifiedPartner(apps.client, coordinator.token, { agency: { name: 'Lakeshore Legal Aid' } });
    context = await web.context({ viewport: { width: 1024, height: 900 } });
    page = await context.newPage();
    await page.goto(`${apps.baseUrl}/partner`);
    // Signed out: the sign-in page, which says why, then back where the partner was going.
    await page.getByText('Please sign in to see this page; you will come back to it right after.').waitFor();
    await page.getByLabel('E-mail address').fill(partner.email);
    await page.getByLabel('Password').fill(partner.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(`${apps.baseUrl}/partner`);
    // The dashboard itself, not the sign-in page again (the viewer is read before the area decides).
    await page.getByRole('heading', { name: 'Your workshops' }).waitFor();
  });

  afterAll(async () => {
    await context?.close();
    await web?.close();
    await apps?.close();
  });

  it('shows the coordinator’s comment, and edits and submits again when changes were requested', async () => {
    const draft = await createWorkshop(apps.client, partner.token, {
      title: 'Wills and estates',
      sessions: [{ startsAt: localAt(12, '10:00'), endsAt: localAt(12, '11:00'), branchId, roomId }],
    });
    await apps.client.must('mutation($id: ID!) { submitWorkshop(id: $id) { id } }', { id: draft.id }, partner.token);
    await apps.client.must(
      'mutation($id: ID!) { requestWorkshopChanges(id: $id, comment: "Please say who it is for.") { id } }',
      { id: draft.id },
      coordinator.token,
    );
    await page.goto(`${apps.baseUrl}/partner/workshops/${draft.id}`);
    await page.getByText('Please say who it is for.').waitFor();
    await page.getByText('A coordinator asked for changes', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit your proposal' }).waitFor();
    await page.getByLabel('Summary').fill('For anyone planning ahead: wills, powers of attorney, and where to get free help.');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Submitted. A coordinator will review it; we e-mail you when they decide.').waitFor();
    const [row] = await apps.db.query('SELECT status, summary FROM workshop WHERE id = ?', [draft.id]);
    expect(row).toMatchObject({ status: 'SUBMITTED', summary: expect.stringContaining('powers of attorney') });
  });

  it('cancels a session with a reason the registered patrons read in their e-mail', async () => {
    const workshop = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      title: 'Tenant rights',
      sessions: [{ startsAt: localAt(8, '18:00'), endsAt: localAt(8, '19:00'), branchId, roomId }],
    });
    await register(apps.client, workshop.sessions[0].id, { name: 'Ana', email: 'ana@mail.test' });
    await page.goto(`${apps.baseUrl}/partner/workshops/${workshop.id}`);
    await page.getByRole('button', { name: 'Cancel this session' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this session' });
    // Without a reason: said beside the field, nothing cancelled.
    await dialog.getByRole('button', { name: 'Cancel the session' }).click();
    await dialog.getByText('Please fill this in.').waitFor();
    await dialog.getByLabel('Reason').fill('Our presenter is ill; we will announce a new date soon.');
    await dialog.getByRole('button', { name: 'Cancel the session' }).click();
    await page.locator('article.session-card').getByText('Cancelled', { exact: true }).waitFor();
    const [session] = await apps.db.query('SELECT status, cancellation_reason AS reason FROM session WHERE id = ?', [
      workshop.sessions[0].id,
    ]);
    expect(session).toMatchObject({ status: 'CANCELLED', reason: 'Our presenter is ill; we will announce a new date soon.' });
    const mail = await apps.smtp.waitForMail('ana@mail.test', /cancel/i);
    expect(mail.text).toContain('Our presenter is ill');
  });

  it('invites a member and removes one', async () => {
    await page.goto(`${apps.baseUrl}/partner/members`);
    await page.getByLabel('Your name').fill('Sam Ortiz');
    await page.getByLabel('Your e-mail address').fill('sam@lakeshore.test');
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByText('We sent an invitation to sam@lakeshore.test.').waitFor();
    await apps.smtp.waitForMail('sam@lakeshore.test');
    await page.getByRole('button', { name: 'Remove Sam Ortiz' }).click();
    await eventually(async () => expect(await page.getByRole('button', { name: 'Remove Sam Ortiz' }).count()).toBe(0));
    const [sam] = await apps.db.query('SELECT agency_id AS agencyId, active FROM app_user WHERE email = ?', ['sam@lakeshore.test']);
    expect(sam.agencyId === null || sam.active === 0).toBe(true);
  });

  it('shows the agency’s report with a link to its spreadsheet', async () => {
    await page.goto(`${apps.baseUrl}/partner/report`);
    const link = page.getByRole('link', { name: 'Download as a spreadsheet (CSV)' });
    await link.waitFor();
    const csv = await fetch((await link.getAttribute('href'))!.replace('http://localhost:3999', apps.baseUrl));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
  });

  it('sends a partner whose session ended to sign in, and back to the same page after', async () => {
    await page.goto(`${apps.baseUrl}/partner/members`);
    await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    // The password changes elsewhere: every session of this account ends.
    await apps.db.query('UPDATE app_user SET token_version = token_version + 1 WHERE id = ?', [partner.userId]);
    // A public read in between (another tab, a list refreshing) clears the cookie without an error:
    // the refusal that follows cannot say the session ended, and still sends the partner to sign in.
    expect(
      await page.evaluate(
        "fetch('/graphql?query=%7B__typename%7D', { headers: { 'apollo-require-preflight': 'true' } }).then((r) => r.status)",
      ),
    ).toBe(200);
    await page.getByLabel('Your name').fill('Lee');
    await page.getByLabel('Your e-mail address').fill('lee@lakeshore.test');
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByText('Your session has ended. Please sign in again; you will come back where you were.').waitFor();
    await page.getByLabel('E-mail address').fill(partner.email);
    await page.getByLabel('Password').fill(partner.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(`${apps.baseUrl}/partner/members`);
    await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    expect(web.takeProblems()).toEqual([]);
  });
});
