import type { Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { createBranch, createCoordinator, createRoom, localAt, scheduledWorkshop, verifiedPartner } from '../support/factories';
import { TestApps } from '../support/test-apps';
import { WebBrowser } from '../support/web';

interface Focused {
  tag: string;
  label: string;
  /** The focus is drawn: an outline or a ring (box-shadow) that is not transparent. */
  visible: boolean;
}

/** What has the keyboard focus, and whether a sighted keyboard user can see it. */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate<Focused>(`(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const labelled = el.getAttribute('aria-label')
      || (el.labels && el.labels[0] && el.labels[0].textContent)
      || (el.getAttribute('aria-labelledby') || '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim()
      || el.textContent;
    const drawn = (e) => {
      const s = getComputedStyle(e);
      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
    };
    // The element's own ring, or a filled segment (date fields); for a control whose input is
    // visually hidden (a checkbox), the ring its React Aria wrapper draws (data-focus-visible).
    const box = el.getBoundingClientRect();
    let visible = box.width > 3 && box.height > 3 && (drawn(el) || (el.hasAttribute('data-focused') && style.backgroundColor !== 'rgba(0, 0, 0, 0)'));
    const host = el.closest('[data-focus-visible]');
    if (!visible && host) visible = drawn(host) || [...host.querySelectorAll('*')].some(drawn);
    return { tag: el.tagName.toLowerCase(), label: (labelled || '').trim(), visible: Boolean(visible) };
  })()`);

/** Presses Tab until the focus is on the element whose label matches, checking each stop shows its focus. */
async function tabTo(page: Page, label: RegExp, { backwards = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (now.tag !== 'body' && now.tag !== 'main') expect([now.label, now.visible]).toEqual([now.label, true]);
    if (label.test(now.label)) return;
  }
  throw new Error(`${max} presses of Tab did not reach ${label}`);
}

/** Journey 3: registering, and cancelling from the manage page, with the keyboard alone. */
describe('the registration journey by keyboard alone', () => {
  let apps: TestApps;
  let web: WebBrowser;

  beforeAll(async () => {
    apps = await TestApps.start();
    web = await WebBrowser.launch();
    const admin = await apps.adminToken();
    const branch = await createBranch(apps.client, admin, { name: 'Central Library' });
    const room = await createRoom(apps.client, admin, branch.id, { name: 'Community Room A' });
    const coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    const partner = await verifiedPartner(apps.client, coordinator.token, { agency: { name: 'Lakeshore Legal Aid' } });
    await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      title: 'Know your lease',
      capacity: 10,
      sessions: [{ startsAt: localAt(4, '10:00'), endsAt: localAt(4, '11:30'), branchId: branch.id, roomId: room.id }],
    });
  });

  afterAll(async () => {
    await web?.close();
    await apps?.close();
  });

  it('finds the session, registers with choices, and cancels with the confirmation step, every focus visible', async () => {
    const page = await web.page();
    await page.goto(`${apps.baseUrl}/`);
    await page.getByRole('heading', { name: '1 session' }).waitFor();

    // The skip link comes first and lands in the main content.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ label: 'Skip to the main content', visible: true });
    await page.keyboard.press('Enter');
    await tabTo(page, /^Know your lease$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Know your lease' }).waitFor();
    // The new page's heading has the focus, so a screen reader starts there.
    expect(await focused(page)).toMatchObject({ tag: 'h1', label: 'Know your lease' });

    await tabTo(page, /^Your name/);
    await page.keyboard.type('Rosa');
    await tabTo(page, /^E-mail address/);
    await page.keyboard.type('rosa@mail.test');
    await tabTo(page, /^How many people/);
    await page.keyboard.press('ArrowUp'); // 1 → 2
    await tabTo(page, /Send me useful resources after the session/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Save my seat$/);
    await page.keyboard.press('Enter');
    await page.getByText('You have 2 seats.').waitFor();
    const [registration] = await apps.db.query(
      'SELECT status, party_size AS party, follow_up_opt_in AS followUp FROM registration WHERE email = ?',
      ['rosa@mail.test'],
    );
    expect(registration).toMatchObject({ status: 'CONFIRMED', party: 2, followUp: 1 });

    // The link on the answer page leads to the registration; cancel by keyboard, with the confirmation.
    await tabTo(page, /^See or change your registration$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Your registration' }).waitFor();
    await tabTo(page, /^Cancel my registration$/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Cancel your registration?' });
    await dialog.waitFor();
    // The safe choice has the focus; Escape closes the dialog and gives the focus back.
    expect(await focused(page)).toMatchObject({ label: 'Keep it', visible: true });
    await page.keyboard.press('Escape');
    await eventually(async () => expect(await dialog.count()).toBe(0));
    // The focus goes back to the button that opened it (once the dialog has left the page).
    await eventually(async () => expect(await focused(page)).toMatchObject({ label: 'Cancel my registration' }));
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await tabTo(page, /^Yes, cancel it$/, { backwards: true, max: 3 });
    await page.keyboard.press('Enter');
    await page.getByText('This registration is cancelled.', { exact: false }).waitFor();
    const [after] = await apps.db.query('SELECT status FROM registration WHERE email = ?', ['rosa@mail.test']);
    expect(after.status).toBe('CANCELLED');
    expect(web.takeProblems()).toEqual([]);
  });

  it('says so when the connection is lost, keeps what was typed, and sends it once the connection is back', async () => {
    const context = await web.context();
    const page = await context.newPage();
    await page.goto(`${apps.baseUrl}/`);
    await page.getByRole('link', { name: 'Know your lease' }).click();
    await page.getByRole('heading', { level: 1, name: 'Know your lease' }).waitFor();
    await page.getByLabel('Your name').fill('Tomás');
    await page.getByLabel('E-mail address').fill('tomas@mail.test');
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Save my seat' }).click();
    await page.getByRole('alert').filter({ hasText: 'We could not reach the library’s server.' }).waitFor();
    expect(await page.getByLabel('Your name').inputValue()).toBe('Tomás');
    expect(await page.getByLabel('E-mail address').inputValue()).toBe('tomas@mail.test');
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Save my seat' }).click();
    await page.getByText('You have 1 seat.').waitFor();
    expect(web.takeProblems()).toEqual([]);
  });
});
