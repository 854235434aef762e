import type { Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { createCoordinator } from '../support/factories';
import { codeOf } from '../support/graphql-client';
import { tokenFromMail } from '../support/links';
import { TestApps } from '../support/test-apps';
import { ADMIN } from '../support/test-config';
import { axeViolations, scrollsSideways, WebBrowser } from '../support/web';

async function looksRight(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  expect(await scrollsSideways(page)).toBe(false);
}

/**
 * The administrators' pages (`/admin`): a branch with its hours and a room, a coordinator for it
 * who sets a password through the invitation, and the settings, against the real API and worker.
 */
describe('the administrators’ pages', () => {
  let apps: TestApps;
  let web: WebBrowser;
  let page: Page;

  beforeAll(async () => {
    apps = await TestApps.start();
    web = await WebBrowser.launch();
    page = await web.page();
    await page.goto(`${apps.baseUrl}/admin`);
    await page.getByLabel('E-mail address').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Branches' }).waitFor();
  });

  afterAll(async () => {
    await web?.close();
    await apps?.close();
  });

  it('adds a branch with opening hours and a room, and a coordinator for it who sets a password from the invitation', async () => {
    await looksRight(page);
    await page.getByRole('button', { name: 'Add a branch' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Lakeview Branch');
    // Nothing chosen for the zone: refused beside the field, and what was typed stays.
    await page.getByRole('button', { name: 'Add the branch' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Time zone' }).waitFor();
    await looksRight(page);
    expect(await page.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Lakeview Branch');

    // Typed as a person types (key by key), the list narrows to the zones that match.
    await page.getByRole('combobox', { name: 'Time zone' }).click();
    await page.keyboard.type('Chicago');
    await page.getByRole('option', { name: 'America/Chicago' }).click();
    await page.getByText('Closed on Monday').click();
    await page.getByText('Closed on Tuesday').click();
    await page.getByRole('button', { name: 'Add the branch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lakeview Branch' }).waitFor();
    await page.getByText('Lakeview Branch is added.').waitFor();
    await looksRight(page);

    await page.getByRole('textbox', { name: 'Room name' }).fill('Reading Room');
    await page.getByRole('textbox', { name: 'Seats' }).fill('12');
    await page.getByText('Wheelchair accessible').click();
    await page.getByRole('button', { name: 'Add the room' }).click();
    await page.getByRole('heading', { level: 3, name: 'Reading Room' }).waitFor();

    const all = await apps.client.must<{ branches: Array<{ id: string; name: string; timeZone: string }> }>(
      'query { branches { id name timeZone } }',
      {},
    );
    const branch = all.branches.find((b) => b.name === 'Lakeview Branch') as { id: string; timeZone: string };
    expect(branch.timeZone).toBe('America/Chicago');
    const hours = await apps.client.must<{
      branch: {
        openingHours: Array<{ weekday: string; opens: string; closes: string }>;
        rooms: Array<{ name: string; capacity: number; features: string[] }>;
      };
    }>('query($id: ID!) { branch(id: $id) { openingHours { weekday opens closes } rooms { name capacity features } } }', { id: branch.id });
    expect(hours.branch.openingHours.map((h) => [h.weekday, h.opens.slice(0, 5), h.closes.slice(0, 5)])).toEqual([
      ['MONDAY', '09:00', '17:00'],
      ['TUESDAY', '09:00', '17:00'],
    ]);
    expect(hours.branch.rooms).toEqual([{ name: 'Reading Room', capacity: 12, features: ['WHEELCHAIR_ACCESSIBLE'] }]);

    await page.getByRole('link', { name: 'Users', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await looksRight(page);
    await page.getByRole('textbox', { name: 'Name' }).fill('Lee Coordinator');
    await page.getByRole('textbox', { name: 'E-mail address' }).fill('lee@library.test');
    await page.locator('label.radio', { hasText: 'Program coordinator' }).click();
    await page.getByRole('group', { name: 'Branches' }).getByText('Lakeview Branch').click();
    await page.getByRole('button', { name: 'Add the user' }).click();
    await page.getByText('An invitation is on its way to lee@library.test.').waitFor();
    await page
      .getByRole('row', { name: /Lee Coordinator/ })
      .getByText('Lakeview Branch')
      .waitFor();

    const invitation = await apps.smtp.waitForMail('lee@library.test', /^Your Commonroom account is ready/);
    const lee = await web.page();
    await lee.goto(`${apps.baseUrl}/account/password#token=${tokenFromMail(invitation)}`);
    await lee.getByLabel('New password').fill('a long walk by the lake');
    await lee.getByLabel('The same password again').fill('a long walk by the lake');
    await lee.getByRole('button', { name: 'Save my password' }).click();
    await lee.waitForURL(`${apps.baseUrl}/coordinator`);
    await lee.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await lee.getByRole('heading', { level: 3, name: 'Lakeview Branch' }).waitFor();
    const token = await apps.login('lee@library.test', 'a long walk by the lake');
    const me = await apps.client.must<{ me: { role: string; branches: Array<{ id: string }> } }>(
      'query { me { role branches { id } } }',
      {},
      token,
    );
    expect(me.me).toEqual({ role: 'COORDINATOR', branches: [{ id: branch.id }] });
  });

  it('splits a day around a lunch break, and marks hours that overlap where they were typed', async () => {
    await page.getByRole('link', { name: 'Branches', exact: true }).click();
    await page.getByRole('link', { name: 'Lakeview Branch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lakeview Branch' }).waitFor();
    const hour = (label: string) => page.getByRole('group', { name: label, exact: true }).getByRole('spinbutton', { name: /hour/ });

    await page.getByRole('button', { name: 'Add more hours on Monday' }).click();
    // Monday closing an hour later (18:00) runs into the second span, which opens at 17:00.
    await hour('Monday closes').focus();
    await page.keyboard.press('ArrowUp');
    await page.getByText('Overlaps other hours on this day.').waitFor();
    await page.getByRole('button', { name: 'Save the branch' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Opening hours' }).waitFor();
    await looksRight(page);
    // Back to noon: a morning and an evening on Monday.
    await hour('Monday closes').focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
    await page.getByText('Overlaps other hours on this day.').waitFor({ state: 'detached' });
    // The times are right again: the summary about them has gone.
    await page.getByRole('alert').getByRole('link', { name: 'Opening hours' }).waitFor({ state: 'detached' });
    // Adding and removing a span keeps the focus on a time field of that day, not lost to the page.
    const focused = async (label: string) =>
      (await page.getByRole('group', { name: label, exact: true }).getByRole('spinbutton').first().locator(':scope:focus').count()) === 1;
    await page.getByRole('button', { name: 'Add more hours on Tuesday' }).click();
    await eventually(async () => expect(await focused('Tuesday opens again (2)')).toBe(true));
    await page.getByRole('button', { name: 'Remove Tuesday hours 2' }).click();
    await eventually(async () => expect(await focused('Tuesday opens')).toBe(true));
    // A day closed by mistake opens again with the spans it had.
    await page.getByText('Closed on Monday').click();
    await page.getByRole('group', { name: 'Monday opens', exact: true }).waitFor({ state: 'detached' });
    await page.getByText('Closed on Monday').click();
    await page.getByRole('group', { name: 'Monday opens again (2)', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Save the branch' }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();

    const all = await apps.client.must<{
      branches: Array<{ name: string; openingHours: Array<{ weekday: string; opens: string; closes: string }> }>;
    }>('query { branches { name openingHours { weekday opens closes } } }', {});
    const hours = all.branches.find((b) => b.name === 'Lakeview Branch')?.openingHours ?? [];
    expect(hours.map((h) => [h.weekday, h.opens.slice(0, 5), h.closes.slice(0, 5)])).toEqual([
      ['MONDAY', '09:00', '12:00'],
      ['MONDAY', '17:00', '20:00'],
      ['TUESDAY', '09:00', '17:00'],
    ]);
    // The page shows the week as saved: both of Monday's spans.
    await page.getByRole('group', { name: 'Monday opens again (2)', exact: true }).waitFor();
  });

  it('lets a signed-in user change their password from their account page, the current one first', async () => {
    const casey = await createCoordinator(apps.client, await apps.adminToken(), (e, p) => apps.login(e, p));
    const own = await web.page();
    await own.goto(`${apps.baseUrl}/account`);
    // Not signed in: to the sign-in page, and back here right after.
    await own.getByLabel('E-mail address').fill(casey.email);
    await own.getByLabel('Password').fill(casey.password);
    await own.getByRole('button', { name: 'Sign in', exact: true }).click();
    await own.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await own.getByText(casey.email).waitFor();
    await looksRight(own);

    await own.getByLabel('Current password').fill('not my password');
    await own.getByLabel('New password').fill('a quiet morning in the stacks');
    await own.getByLabel('The same password again').fill('a quiet morning in the stacks');
    await own.getByRole('button', { name: 'Change my password' }).click();
    await own.getByText('This is not your current password.').first().waitFor();
    await looksRight(own);
    // Nothing typed is lost: only the current password needs another go.
    expect(await own.getByLabel('New password').inputValue()).toBe('a quiet morning in the stacks');
    await own.getByLabel('Current password').fill(casey.password);
    await own.getByRole('button', { name: 'Change my password' }).click();
    await own.getByText('Your password is changed.', { exact: false }).waitFor();
    // Every earlier session has ended, but not this one: its cookie was renewed.
    await own.reload();
    await own.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    expect(codeOf(await apps.client.request('query { notifications(first: 1) { nodes { id } } }', {}, casey.token))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await apps.login(casey.email, 'a quiet morning in the stacks')).toEqual(expect.any(String));
    await expect(apps.login(casey.email, casey.password)).rejects.toThrow();
    await own.context().close();
  });

  it('changes a setting, and refuses a list that is not one beside its field', async () => {
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await looksRight(page);
    await page.getByRole('textbox', { name: /Reminders, minutes before/ }).fill('1440, two hours');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: /Reminders, minutes before/ })
      .waitFor();
    await page.getByText('Write whole numbers separated by commas.').first().waitFor();
    await looksRight(page);
    await page.getByRole('textbox', { name: /Reminders, minutes before/ }).fill('1440, 120, 30');
    await page.getByRole('textbox', { name: /Waitlist demand/ }).fill('7');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    const saved = await apps.client.must<{ settings: { reminderLeadMinutes: number[]; waitlistDemandThreshold: number } }>(
      'query { settings { reminderLeadMinutes waitlistDemandThreshold } }',
      {},
      await apps.adminToken(),
    );
    expect(saved.settings).toEqual({ reminderLeadMinutes: [1440, 120, 30], waitlistDemandThreshold: 7 });
  });
});
