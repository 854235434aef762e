import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import type { Locator, Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import {
  allWeek,
  applyAsPartner,
  createBranch,
  createCoordinator,
  createRoom,
  createWorkshop,
  localAt,
  register,
  scheduledWorkshop,
  verifiedPartner,
  zoneWhereHourIsBetween,
} from '../support/factories';
import { writeQrVideo } from '../support/fake-camera';
import { parseCalendar } from '../support/ical';
import { TestApps } from '../support/test-apps';
import { axeViolations, scrollsSideways, WebBrowser } from '../support/web';

/** What the page must hold at each state a journey reaches: no axe violation, no sideways scrolling. */
async function looksRight(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  expect(await scrollsSideways(page)).toBe(false);
}

/** Moves a date-time field's hour by `steps` with the arrow keys, as a keyboard user does. */
async function moveHour(field: Locator, steps: number): Promise<void> {
  const hour = field.getByRole('spinbutton', { name: /hour/i });
  await hour.focus();
  for (let i = 0; i < steps; i++) await hour.press('ArrowUp');
}

/**
 * The coordinators' console (`/coordinator`), against the real API and worker: a proposal placed
 * and approved, a session moved on the calendar, and check-in at a session, as issue 14's journeys.
 */
describe('the coordinators’ console', () => {
  let apps: TestApps;
  let web: WebBrowser;
  let page: Page;
  let admin: string;
  let coordinator: { email: string; password: string; token: string };
  let partner: Awaited<ReturnType<typeof verifiedPartner>>;
  let branch: { id: string; name: string };
  let hall: { id: string };
  let annex: { id: string };

  beforeAll(async () => {
    apps = await TestApps.start();
    web = await WebBrowser.launch();
    admin = await apps.adminToken();
    branch = await createBranch(apps.client, admin, {
      name: 'Northside Branch',
      openingHours: allWeek('08:00', '21:00'),
      programmingLimits: { maxSessionsPerDay: 1, maxEveningSessionsPerWeek: 2, eveningStartsAt: '18:00' },
    });
    hall = await createRoom(apps.client, admin, branch.id, { name: 'Hall', capacity: 40 });
    annex = await createRoom(apps.client, admin, branch.id, { name: 'Annex', capacity: 30 });
    coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    partner = await verifiedPartner(apps.client, coordinator.token, { agency: { name: 'Northside Legal Aid' } });
    page = await web.page();
    await page.goto(`${apps.baseUrl}/coordinator`);
    await page.getByLabel('E-mail address').fill(coordinator.email);
    await page.getByLabel('Password').fill(coordinator.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(`${apps.baseUrl}/coordinator`);
  });

  afterAll(async () => {
    await web?.close();
    await apps?.close();
  });

  /**
   * An approved session starting in half an hour (check-in is open), at a branch of its own ("<name>
   * Branch", room "<name> Room") in a zone where that is inside opening hours; its id.
   */
  async function sessionStartingSoon(name: string, title: string): Promise<string> {
    const local = await createBranch(apps.client, admin, {
      name: `${name} Branch`,
      timeZone: zoneWhereHourIsBetween(9, 17),
      openingHours: allWeek('00:00', '23:59'),
    });
    const room = await createRoom(apps.client, admin, local.id, { name: `${name} Room`, capacity: 30 });
    const startsAt = new Date(Math.ceil((Date.now() + 30 * 60_000) / 60_000) * 60_000);
    const workshop = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      title,
      sessions: [
        {
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
          branchId: local.id,
          roomId: room.id,
        },
      ],
    });
    return workshop.sessions[0].id;
  }

  it('places a conflicting occurrence in another room, shows the load impact, approves, and the sessions appear on the calendar', async () => {
    // Hall is taken by the library on the second date; both dates fall on days that already have a session.
    await apps.client.must(
      'mutation($input: BookRoomInput!) { bookRoom(input: $input) { id } }',
      { input: { roomId: hall.id, startsAt: localAt(22, '09:30'), endsAt: localAt(22, '11:30'), note: 'Board meeting' } },
      admin,
    );
    await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      title: 'Already scheduled',
      sessions: [{ startsAt: localAt(22, '14:00'), endsAt: localAt(22, '15:00'), branchId: branch.id, roomId: annex.id }],
    });
    const draft = await createWorkshop(apps.client, partner.token, {
      title: 'Know your rights at work',
      capacity: 20,
      sessions: [
        { startsAt: localAt(21, '10:00'), endsAt: localAt(21, '11:00'), branchId: branch.id, roomId: hall.id },
        { startsAt: localAt(22, '10:00'), endsAt: localAt(22, '11:00'), branchId: branch.id, roomId: hall.id },
      ],
    });
    await apps.client.must('mutation($id: ID!) { submitWorkshop(id: $id) { id } }', { id: draft.id }, partner.token);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.getByRole('heading', { name: 'Programming load' }).waitFor();
    await looksRight(page);
    await page.getByRole('link', { name: 'Review Know your rights at work' }).click();
    await page.getByRole('heading', { level: 1, name: 'Know your rights at work' }).waitFor();
    // The second date cannot have Hall: the booking in the way is named.
    const second = page.locator(`#session-${draft.sessions[1].id}`);
    await second.getByText('The room is booked then').waitFor();
    await page.getByText('One session cannot be placed as it is').waitFor();
    await looksRight(page);

    await second.getByRole('button', { name: /Choose another room/ }).click();
    await second.getByRole('button', { name: /Room for/ }).click();
    await page.getByRole('option', { name: /Annex: 30 seats/ }).click();
    // Placed: no room conflict is left, and what approving does to the load is said before deciding.
    await page.getByText('Approving would take a branch over what its staff can host').waitFor();
    // Once the check has the new room: no room conflict is left, only the load.
    await eventually(async () => expect(await page.getByText('One session cannot be placed as it is').count()).toBe(0));
    await second.getByText('Over the branch’s programming limit').waitFor();
    expect(await second.getByText('The room is booked then').count()).toBe(0);
    await looksRight(page);

    // Over the limits only with a note: refused next to the note, and nothing chosen is lost.
    await page.getByText('Approve over the programming limits').click();
    await page.getByRole('button', { name: 'Approve the proposal' }).click();
    await page.getByText('Say why the limits may be exceeded').first().waitFor();
    await looksRight(page);
    await page.getByLabel('Note to the agency').fill('Worth the extra evening: the union hall closed.');
    await page.getByRole('button', { name: 'Approve the proposal' }).click();
    await page.getByText('Approved: the sessions are scheduled').waitFor();
    await page.getByText('(over the programming limits)').waitFor();
    await looksRight(page);

    const approved = await apps.client.must<{ workshop: { status: string; sessions: Array<{ status: string; room: { id: string } }> } }>(
      'query($id: ID!) { workshop(id: $id) { status sessions { status room { id } } } }',
      { id: draft.id },
      coordinator.token,
    );
    expect(approved.workshop).toEqual({
      status: 'APPROVED',
      sessions: [
        { status: 'SCHEDULED', room: { id: hall.id } },
        { status: 'SCHEDULED', room: { id: annex.id } },
      ],
    });

    await page.getByRole('link', { name: 'See the sessions on the branch calendar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Branch calendar' }).waitFor();
    const list = page.getByRole('region', { name: 'Bookings this period' });
    await list.getByRole('link', { name: 'Know your rights at work' }).first().waitFor();
    // The week of the first date: the second is in it too unless the first is a Sunday.
    const weekOf = (iso: string) => DateTime.fromISO(iso).setZone('America/Chicago').startOf('week').toISODate();
    const shown = weekOf(localAt(21, '10:00')) === weekOf(localAt(22, '10:00')) ? 2 : 1;
    await page
      .locator('.branch-calendar .ec-event', { hasText: 'Know your rights at work' })
      .nth(shown - 1)
      .waitFor();
    expect(await page.locator('.branch-calendar .ec-event', { hasText: 'Know your rights at work' }).count()).toBe(shown);
    expect(await list.getByRole('link', { name: 'Know your rights at work' }).count()).toBe(shown);
    await looksRight(page);
  });

  it('moves a session on the calendar: a conflicting slot says why, a free one moves it, and the patron gets the new calendar entry', async () => {
    const workshop = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      title: 'Small claims court basics',
      sessions: [{ startsAt: localAt(30, '08:00'), endsAt: localAt(30, '09:00'), branchId: branch.id, roomId: annex.id }],
    });
    const session = workshop.sessions[0];
    await apps.client.must(
      'mutation($input: BookRoomInput!) { bookRoom(input: $input) { id } }',
      { input: { roomId: annex.id, startsAt: localAt(30, '09:00'), endsAt: localAt(30, '10:00'), note: 'Staff training' } },
      admin,
    );
    await register(apps.client, session.id, { name: 'Ines', email: 'ines@mail.test' });

    const day = localAt(30, '08:00').slice(0, 10);
    await page.goto(`${apps.baseUrl}/coordinator/calendar?branch=${branch.id}&date=${day}&view=week`);
    await page.getByRole('heading', { level: 1, name: 'Branch calendar' }).waitFor();
    await page.getByRole('button', { name: 'Move Small claims court basics' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move Small claims court basics' });
    await dialog.getByText('The registered patron gets the new time with an updated calendar entry').waitFor();
    await looksRight(page);

    // An hour later runs into the staff training: the reason shows before anything is saved.
    await moveHour(dialog.getByRole('group', { name: 'Starts' }), 1);
    await moveHour(dialog.getByRole('group', { name: 'Ends' }), 1);
    await dialog.getByText('The room is booked then').waitFor();
    await looksRight(page);
    // Saving anyway is refused: the session stays where it was, and the dialog keeps the times typed.
    await dialog.getByRole('button', { name: 'Move the session' }).click();
    await dialog.getByText('It cannot go there').waitFor();
    const startOf = async () =>
      (await apps.client.must<{ session: { startsAt: string } }>('query($id: ID!) { session(id: $id) { startsAt } }', { id: session.id }))
        .session.startsAt;
    expect(await startOf()).toBe(new Date(localAt(30, '08:00')).toISOString());
    expect(
      await dialog.getByRole('group', { name: 'Starts' }).getByRole('spinbutton', { name: /hour/i }).getAttribute('aria-valuenow'),
    ).toBe('9');

    // Two hours later is free (the training ends as it starts: touching is fine).
    await moveHour(dialog.getByRole('group', { name: 'Starts' }), 1);
    await moveHour(dialog.getByRole('group', { name: 'Ends' }), 1);
    await dialog.getByText('This time and room are free.').waitFor();
    await dialog.getByRole('button', { name: 'Move the session' }).click();
    await page.getByText('Small claims court basics is moved').waitFor();

    const mail = await apps.smtp.waitForMail('ines@mail.test', /^New time: Small claims court basics/);
    const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    expect(ics).toBeDefined();
    const [event] = parseCalendar(ics?.content.toString('utf8') ?? '');
    expect(event.start).toBe(new Date(localAt(30, '10:00')).toISOString());
    expect(event.sequence).toBeGreaterThan(0);
  });

  it('checks in one patron by name and one by the code the scanner reads, records walk-ins, and the report shows them', async () => {
    const sessionId = await sessionStartingSoon('Harbor', 'Renters’ clinic');
    const desk = 'mutation($input: DeskRegistrationInput!) { registerAtDesk(input: $input) { manageToken registration { id } } }';
    await apps.client.must(desk, { input: { sessionId, name: 'Ana', partySize: 2, contactChannel: 'NONE' } }, coordinator.token);
    const bo = await apps.client.must<{ registerAtDesk: { manageToken: string } }>(
      desk,
      { input: { sessionId, name: 'Bo', contactChannel: 'NONE', accessibilityNeeds: 'Large print' } },
      coordinator.token,
    );

    await page.goto(`${apps.baseUrl}/coordinator/sessions/${sessionId}`);
    await page.getByRole('heading', { level: 1, name: 'Renters’ clinic' }).waitFor();
    await page.getByRole('cell', { name: 'Large print' }).waitFor();
    await looksRight(page);
    await page.getByRole('button', { name: 'Check in Ana' }).click();
    await page.getByText('Ana is checked in (2 people).').waitFor();
    // What a hand-held scanner types from the QR code: the manage link, then Enter.
    await page.getByLabel('Check-in code').fill(`${apps.baseUrl}/registration?token=${bo.registerAtDesk.manageToken}`);
    await page.getByLabel('Check-in code').press('Enter');
    await page.getByText('Bo is checked in (1 person).').waitFor();
    // A code that is not one: said next to the field.
    await page.getByLabel('Check-in code').fill('not-a-code');
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByText(/This code did not check anyone in/).waitFor();
    await looksRight(page);
    await page.getByRole('textbox', { name: 'Walk-ins' }).fill('3');
    await page.getByRole('button', { name: 'Save walk-ins' }).click();
    await page.getByText('Walk-ins saved.').waitFor();

    const seats = await apps.client.must<{ session: { checkedInCount: number; walkInCount: number } }>(
      'query($id: ID!) { session(id: $id) { checkedInCount walkInCount } }',
      { id: sessionId },
      coordinator.token,
    );
    expect(seats.session).toEqual({ checkedInCount: 3, walkInCount: 3 });

    await page.getByRole('link', { name: 'Reports', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Program report' }).waitFor();
    await page.getByRole('button', { name: /^Every branch/ }).click();
    await page.getByRole('option', { name: 'Harbor Branch' }).click();
    const row = page.getByRole('row', { name: /Northside Legal Aid/ });
    await row.waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(['1', '0', '3', '3', '3', '0', '—', '6']);
    await looksRight(page);
  });

  it('checks in a patron whose QR code the device’s camera reads', async () => {
    const sessionId = await sessionStartingSoon('Quay', 'Tax help');
    const cy = await apps.client.must<{ registerAtDesk: { manageToken: string } }>(
      'mutation($input: DeskRegistrationInput!) { registerAtDesk(input: $input) { manageToken } }',
      { input: { sessionId, name: 'Cy', contactChannel: 'NONE' } },
      coordinator.token,
    );
    // The patron's QR code (their manage link) in front of the camera.
    const video = join(tmpdir(), `commonroom-camera-${process.pid}.y4m`);
    await writeQrVideo(video, `${apps.baseUrl}/registration?token=${cy.registerAtDesk.manageToken}`);
    const withCamera = await WebBrowser.launch({ camera: video });
    try {
      const scanning = await withCamera.page();
      await scanning.goto(`${apps.baseUrl}/coordinator`);
      await scanning.getByLabel('E-mail address').fill(coordinator.email);
      await scanning.getByLabel('Password').fill(coordinator.password);
      await scanning.getByRole('button', { name: 'Sign in', exact: true }).click();
      await scanning.waitForURL(`${apps.baseUrl}/coordinator`);
      await scanning.goto(`${apps.baseUrl}/coordinator/sessions/${sessionId}`);
      await scanning.getByRole('heading', { level: 1, name: 'Tax help' }).waitFor();
      await scanning.getByRole('button', { name: 'Scan with the camera' }).click();
      await scanning.getByText('Cy is checked in (1 person).').waitFor();
      await looksRight(scanning);
      await scanning.getByRole('button', { name: 'Close the camera' }).click();
      await scanning.getByRole('button', { name: 'Scan with the camera' }).waitFor();
      expect(withCamera.takeProblems()).toEqual([]);
    } finally {
      await withCamera.close();
      await rm(video, { force: true });
    }
    const seats = await apps.client.must<{ session: { checkedInCount: number } }>(
      'query($id: ID!) { session(id: $id) { checkedInCount } }',
      { id: sessionId },
      coordinator.token,
    );
    expect(seats.session.checkedInCount).toBe(1);
  });

  it('sets a session’s own closing time and takes it back, leaving the opening time to the settings', async () => {
    const local = await createBranch(apps.client, admin, { name: 'Mill Branch', openingHours: allWeek('08:00', '21:00') });
    const room = await createRoom(apps.client, admin, local.id, { name: 'Mill Room', capacity: 20 });
    const workshop = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      title: 'Job search basics',
      sessions: [{ startsAt: localAt(5, '10:00'), endsAt: localAt(5, '11:00'), branchId: local.id, roomId: room.id }],
    });
    const sessionId = workshop.sessions[0].id;
    const own = async () =>
      (
        await apps.client.must<{ session: { ownRegistrationOpensAt: string | null; ownRegistrationClosesAt: string | null } }>(
          'query($id: ID!) { session(id: $id) { ownRegistrationOpensAt ownRegistrationClosesAt } }',
          { id: sessionId },
          coordinator.token,
        )
      ).session;
    const opensDaysBefore = (days: number | null) =>
      apps.client.must(
        'mutation($days: Int) { updateSettings(input: { registrationOpensDaysBefore: $days }) { registrationOpensDaysBefore } }',
        { days },
        admin,
      );
    // Yesterday at 9:00 on the branch's clock (after the settings open registration), as typed segment by segment (MM dd yyyy hh mm, AM).
    const past = DateTime.now().setZone(local.timeZone).minus({ days: 1 }).set({ hour: 9, minute: 0, second: 0, millisecond: 0 });
    const keys = `${past.toFormat('MMddyyyy')}0900A`;
    const typed = past.toUTC().toISO();
    // The settings give an opening time (a month before the start): a form that froze it would be seen.
    await opensDaysBefore(30);
    try {
      await page.goto(`${apps.baseUrl}/coordinator/sessions/${sessionId}`);
      await page.getByRole('heading', { level: 1, name: 'Job search basics' }).waitFor();
      await page.getByText(/Registration is open now\. It opens .+ and closes .+\./).waitFor();
      await page.getByRole('group', { name: 'Closes' }).getByRole('spinbutton', { name: /month/i }).focus();
      await page.keyboard.type(keys);
      await page.getByRole('button', { name: 'Save the window' }).click();
      await page.getByText('Registration window saved.').waitFor();
      await page.getByText(/Registration is closed now\./).waitFor();
      await looksRight(page);
      expect(await own()).toEqual({ ownRegistrationOpensAt: null, ownRegistrationClosesAt: typed });

      // Back to the settings; the focus stays in the emptied field.
      await page.getByRole('button', { name: 'Close as the settings say' }).click();
      expect(await page.getByRole('group', { name: 'Closes' }).getByRole('spinbutton').first().locator(':scope:focus').count()).toBe(1);
      await page.getByRole('button', { name: 'Save the window' }).click();
      await page.getByText(/Registration is open now\./).waitFor();
      expect(await own()).toEqual({ ownRegistrationOpensAt: null, ownRegistrationClosesAt: null });

      // Opened afresh, the form holds the session's own times only: both empty.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Job search basics' }).waitFor();
      expect(await page.getByRole('button', { name: /as the settings say/ }).count()).toBe(0);
      // An opening time alone leaves the closing time to the settings.
      await page.getByRole('group', { name: 'Opens' }).getByRole('spinbutton', { name: /month/i }).focus();
      await page.keyboard.type(keys);
      await page.getByRole('button', { name: 'Save the window' }).click();
      await page.getByText('Registration window saved.').waitFor();
      expect(await own()).toEqual({ ownRegistrationOpensAt: typed, ownRegistrationClosesAt: null });

      // A closing time after the start is refused in words beside the field, and nothing changes.
      const late = DateTime.now().setZone(local.timeZone).plus({ days: 10 });
      await page.getByRole('group', { name: 'Closes' }).getByRole('spinbutton', { name: /month/i }).focus();
      await page.keyboard.type(`${late.toFormat('MMddyyyy')}0900A`);
      await page.getByRole('button', { name: 'Save the window' }).click();
      await page.getByText('Registration must close by the time the session starts.').waitFor();
      await looksRight(page);
      expect(await own()).toEqual({ ownRegistrationOpensAt: typed, ownRegistrationClosesAt: null });
    } finally {
      await opensDaysBefore(null);
    }
  });

  it('verifies an applicant, and sends again from the delivery log the notice its mail server refused', async () => {
    const applicant = await applyAsPartner(apps.client, { agency: { name: 'Westside Food Pantry' } });
    apps.smtp.refuse(applicant.contactEmail, 550, '5.1.1 Mailbox unavailable');
    await page.getByRole('link', { name: 'Agencies', exact: true }).click();
    await page.getByRole('heading', { name: 'Applications waiting for verification' }).waitFor();
    await looksRight(page);
    await page.getByRole('link', { name: 'Westside Food Pantry' }).click();
    await page.getByRole('heading', { level: 1, name: 'Westside Food Pantry' }).waitFor();
    await looksRight(page);
    await page.getByRole('button', { name: 'Verify Westside Food Pantry' }).click();
    await page.getByText('verified', { exact: true }).waitFor();
    await page.getByRole('textbox', { name: 'Phone (optional)' }).fill('(312) 555-0177');
    await page.getByRole('button', { name: 'Save the agency’s details' }).click();
    await page.getByText('The agency’s details are saved.').waitFor();
    const saved = await apps.client.must<{ agency: { phone: string | null } }>(
      'query($id: ID!) { agency(id: $id) { phone } }',
      { id: applicant.agencyId },
      coordinator.token,
    );
    expect(saved.agency.phone).toMatch(/555.?0177/);

    const failed = await eventually(async () => {
      const data = await apps.client.must<{ notifications: { nodes: Array<{ id: string; lastError: string | null }> } }>(
        'query { notifications(filter: { kinds: [AGENCY_STATUS_CHANGED], statuses: [FAILED] }) { nodes { id lastError } } }',
        {},
        coordinator.token,
      );
      expect(data.notifications.nodes).toHaveLength(1);
      return data.notifications.nodes[0];
    });
    expect(failed.lastError).toMatch(/550/);
    apps.smtp.acceptAll();

    await page.getByRole('link', { name: 'Messages', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Delivery log' }).waitFor();
    await page.getByRole('button', { name: /^Any status/ }).click();
    await page.getByRole('option', { name: 'Failed' }).click();
    const retry = page.getByRole('button', { name: /^Send again to/ });
    await retry.waitFor();
    expect(await retry.count()).toBe(1);
    await looksRight(page);
    await retry.click();
    await page.getByText(/is queued again/).waitFor();
    await apps.smtp.waitForMail(applicant.contactEmail);
    expect(apps.smtp.to(applicant.contactEmail)).toHaveLength(1);
  });

  it('closes the branch for a day: the sessions inside are listed first, then cancelled with the closure, their patrons told', async () => {
    const workshop = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      title: 'Housing court help desk',
      sessions: [{ startsAt: localAt(40, '13:00'), endsAt: localAt(40, '14:00'), branchId: branch.id, roomId: hall.id }],
    });
    await register(apps.client, workshop.sessions[0].id, { name: 'Omar', email: 'omar@mail.test' });
    const day = DateTime.now().setZone('America/Chicago').plus({ days: 40 });
    await page.goto(`${apps.baseUrl}/coordinator/calendar?branch=${branch.id}&date=${day.toISODate()}&view=day`);
    await page.getByRole('heading', { level: 3, name: 'Close the branch' }).waitFor();

    // By keyboard: the dates typed segment by segment, the reason, then Enter on the button.
    for (const label of ['Closed from', 'Closed until (included)']) {
      await page.getByRole('group', { name: label }).getByRole('spinbutton', { name: /month/i }).focus();
      await page.keyboard.type(day.toFormat('MMddyyyy'));
    }
    await page.getByRole('textbox', { name: 'Reason (optional)' }).fill('Boiler repair');
    await page.getByRole('button', { name: 'Add the closure' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('One booking is inside these days:').waitFor();
    await looksRight(page);
    expect(await apps.db.query('SELECT id FROM closure WHERE branch_id = ?', [branch.id])).toEqual([]);

    await page.getByRole('button', { name: 'Cancel it (patrons are told) and close' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('The closure is added.').waitFor();
    await page.getByRole('button', { name: /^Remove the closure of/ }).waitFor();
    const session = await apps.client.must<{ session: { status: string; cancellationReason: string | null } }>(
      'query($id: ID!) { session(id: $id) { status cancellationReason } }',
      { id: workshop.sessions[0].id },
      coordinator.token,
    );
    expect(session.session.status).toBe('CANCELLED');
    await apps.smtp.waitForMail('omar@mail.test', /cancel/i);
    await looksRight(page);
  });

  it('has no accessibility violation on any of its pages', async () => {
    const agency = partner.agencyId;
    for (const path of [
      '/coordinator',
      '/coordinator/calendar',
      '/coordinator/agencies',
      `/coordinator/agencies/${agency}`,
      '/coordinator/messages',
      '/coordinator/reports',
    ]) {
      await page.goto(`${apps.baseUrl}${path}`);
      await page.locator('main h1').waitFor();
      await page.getByText('Loading…').waitFor({ state: 'detached' });
      expect([path, await axeViolations(page)]).toEqual([path, []]);
      expect([path, await scrollsSideways(page)]).toEqual([path, false]);
    }
  });
});
