import {
  applyAsPartner,
  createBranch,
  createCoordinator,
  createRoom,
  createWorkshop,
  localAt,
  verifiedPartner,
  WORKSHOP_FIELDS,
  type Partner,
} from './support/factories';
import { eventually } from './support/eventually';
import { codeOf, errorOf } from './support/graphql-client';
import { TestApps } from './support/test-apps';

const SUBMIT = `mutation($id: ID!) { submitWorkshop(id: $id) { ${WORKSHOP_FIELDS} } }`;
const REQUEST_CHANGES = `mutation($id: ID!, $c: String!) { requestWorkshopChanges(id: $id, comment: $c) { ${WORKSHOP_FIELDS} } }`;
const APPROVE = `mutation($input: ApproveWorkshopInput!) { approveWorkshop(input: $input) { ${WORKSHOP_FIELDS} } }`;
const WORKSHOP = `query($id: ID!) { workshop(id: $id) { ${WORKSHOP_FIELDS} } }`;

type Session = {
  id: string;
  status: string;
  startsAt: string;
  capacity: number;
  room: { id: string } | null;
  booking: { status: string; room: { id: string } } | null;
};

describe('workshops: from a proposal to scheduled sessions', () => {
  let apps: TestApps;
  let admin: string;
  let coordinator: { token: string; email: string };
  let partner: Partner;
  let branch: { id: string };
  let hall: { id: string };
  let annex: { id: string };

  beforeAll(async () => {
    apps = await TestApps.start();
    admin = await apps.adminToken();
    branch = await createBranch(apps.client, admin, { timeZone: 'America/Chicago' });
    hall = await createRoom(apps.client, admin, branch.id, {
      name: 'Hall',
      capacity: 40,
      features: ['PROJECTOR'],
      setupMinutes: 15,
      cleanupMinutes: 15,
    });
    annex = await createRoom(apps.client, admin, branch.id, { name: 'Annex', capacity: 25, features: ['PROJECTOR'] });
    coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p), [branch.id]);
    partner = await verifiedPartner(apps.client, coordinator.token);
  });

  afterAll(async () => {
    await apps?.close();
  });

  it('proposes a weekly series, holds, requests changes, resubmits and approves with one session moved', async () => {
    const draft = await createWorkshop(apps.client, partner.token, {
      title: 'Stress management for caregivers',
      capacity: 20,
      requiredFeatures: ['PROJECTOR'],
      tags: ['Health', 'stress-management'],
      sessions: [
        {
          startsAt: localAt(7, '18:00'),
          endsAt: localAt(7, '19:30'),
          branchId: branch.id,
          roomId: hall.id,
          recurrence: 'FREQ=WEEKLY;COUNT=4',
        },
      ],
    });
    expect(draft.status).toBe('DRAFT');
    expect(draft.sessions).toHaveLength(4);

    // Submit: every session's preferred room is free, so each gets a TENTATIVE hold.
    const submitted = (await apps.client.must(SUBMIT, { id: draft.id }, partner.token)).submitWorkshop;
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.sessions.map((s: Session) => [s.status, s.booking?.status, s.booking?.room.id])).toEqual(
      Array(4).fill(['PROPOSED', 'TENTATIVE', hall.id]),
    );
    expect(submitted.sessionRequests).toEqual([expect.objectContaining({ recurrence: 'FREQ=WEEKLY;COUNT=4', room: { id: hall.id } })]);
    const review = await apps.smtp.waitForMail(coordinator.email, /New proposal to review: Stress management for caregivers/);
    expect(review.text).toContain(partner.agencyName);

    // A hold blocks the room for everyone else, buffers included.
    const first = submitted.sessions[0] as Session;
    const busy = await apps.client.must(
      'query($r: ID!, $s: DateTime!, $e: DateTime!) { checkAvailability(roomId: $r, startsAt: $s, endsAt: $e) { reason conflictingBookingId } }',
      {
        r: hall.id,
        s: new Date(Date.parse(first.startsAt) - 30 * 60_000).toISOString(),
        e: new Date(Date.parse(first.startsAt) - 10 * 60_000).toISOString(),
      },
      coordinator.token,
    );
    expect(busy.checkAvailability.map((c: { reason: string }) => c.reason)).toEqual(['OVERLAPS_BOOKING']);

    const changes = (
      await apps.client.must(
        REQUEST_CHANGES,
        { id: draft.id, c: 'Please start at 18:30: the hall is set up for story time until 18:15.' },
        coordinator.token,
      )
    ).requestWorkshopChanges;
    expect(changes.status).toBe('CHANGES_REQUESTED');
    expect(changes.sessions.every((s: Session) => s.booking === null)).toBe(true);
    const askedMail = await apps.smtp.waitForMail(partner.contactEmail, /Changes requested: Stress management/);
    expect(askedMail.text).toContain('story time');

    const updated = await apps.client.must(
      `mutation($id: ID!, $input: UpdateWorkshopInput!) { updateWorkshop(id: $id, input: $input) { ${WORKSHOP_FIELDS} } }`,
      {
        id: draft.id,
        input: {
          sessions: [
            {
              startsAt: localAt(7, '18:30'),
              endsAt: localAt(7, '20:00'),
              branchId: branch.id,
              roomId: hall.id,
              recurrence: 'FREQ=WEEKLY;COUNT=4',
            },
          ],
        },
      },
      partner.token,
    );
    expect(updated.updateWorkshop.sessions).toHaveLength(4);
    const resubmitted = (await apps.client.must(SUBMIT, { id: draft.id }, partner.token)).submitWorkshop;
    expect(resubmitted.sessions.every((s: Session) => s.booking?.status === 'TENTATIVE')).toBe(true);

    // Approve, moving the third session to the annex.
    const moved = resubmitted.sessions[2] as Session;
    const approved = (
      await apps.client.must(
        APPROVE,
        { input: { workshopId: draft.id, placements: [{ sessionId: moved.id, roomId: annex.id }], comment: 'Welcome aboard' } },
        coordinator.token,
      )
    ).approveWorkshop;
    expect(approved.status).toBe('APPROVED');
    expect(approved.sessions.map((s: Session) => [s.status, s.capacity, s.room?.id, s.booking?.status, s.booking?.room.id])).toEqual([
      ['SCHEDULED', 20, hall.id, 'CONFIRMED', hall.id],
      ['SCHEDULED', 20, hall.id, 'CONFIRMED', hall.id],
      ['SCHEDULED', 20, annex.id, 'CONFIRMED', annex.id],
      ['SCHEDULED', 20, hall.id, 'CONFIRMED', hall.id],
    ]);
    expect(approved.reviewHistory.map((e: { action: string }) => e.action)).toEqual([
      'SUBMITTED',
      'CHANGES_REQUESTED',
      'SUBMITTED',
      'APPROVED',
    ]);
    expect(approved.reviewHistory[1]).toMatchObject({ actor: { displayName: 'Casey Coordinator' } });

    const decision = await apps.smtp.waitForMail(partner.contactEmail, /Approved: Stress management for caregivers/);
    expect(decision.text).toContain('4 session(s) are scheduled');
    expect(decision.text).toContain('Welcome aboard');
    // The member who submitted hears too.
    await apps.smtp.waitForMail(partner.email, /Approved: Stress management/);

    // The database agrees: exactly four confirmed bookings, no live holds left.
    const rows = await apps.db.query(
      `SELECT b.status, COUNT(*) n FROM room_booking b JOIN session s ON s.id = b.session_id WHERE s.workshop_id = ? GROUP BY b.status ORDER BY b.status`,
      [draft.id],
    );
    expect(rows.map((r: { status: string; n: string }) => [r.status, Number(r.n)])).toEqual([
      ['CANCELLED', 4],
      ['CONFIRMED', 4],
    ]);
  });

  it('approves part of a series, needs a room for every session, and changes nothing on a conflict', async () => {
    const workshop = await createWorkshop(apps.client, partner.token, {
      sessions: [{ startsAt: localAt(30, '10:00'), endsAt: localAt(30, '11:00'), branchId: branch.id, recurrence: 'FREQ=DAILY;COUNT=3' }],
    });
    await apps.client.must(SUBMIT, { id: workshop.id }, partner.token);
    const sessions = ((await apps.client.must(WORKSHOP, { id: workshop.id }, coordinator.token)).workshop.sessions as Session[]).map(
      (s) => s.id,
    );

    // No preferred room, no placement: NO_ROOM for every session, and nothing changes.
    const noRoom = await apps.client.request(APPROVE, { input: { workshopId: workshop.id } }, coordinator.token);
    expect(codeOf(noRoom)).toBe('CONFLICT');
    expect(errorOf(noRoom).extensions?.conflicts?.map((c) => [c.reason, c.sessionId])).toEqual(sessions.map((id) => ['NO_ROOM', id]));

    // Someone books the annex over the second day: that one is excluded, the rest approved.
    const blocking = await apps.client.must(
      'mutation($input: BookRoomInput!) { bookRoom(input: $input) { id } }',
      { input: { roomId: annex.id, startsAt: localAt(31, '09:00'), endsAt: localAt(31, '12:00'), note: 'Staff training' } },
      coordinator.token,
    );
    const placements = sessions.map((sessionId) => ({ sessionId, roomId: annex.id }));
    const conflict = await apps.client.request(APPROVE, { input: { workshopId: workshop.id, placements } }, coordinator.token);
    expect(errorOf(conflict).extensions?.conflicts).toEqual([
      expect.objectContaining({
        reason: 'OVERLAPS_BOOKING',
        conflictingBookingId: blocking.bookRoom.id,
        roomId: annex.id,
        sessionId: sessions[1],
      }),
    ]);
    expect((await apps.client.must(WORKSHOP, { id: workshop.id }, coordinator.token)).workshop.status).toBe('SUBMITTED');

    const approved = await apps.client.must(
      APPROVE,
      {
        input: {
          workshopId: workshop.id,
          placements: placements.filter((p) => p.sessionId !== sessions[1]),
          excludeSessionIds: [sessions[1]],
          comment: 'Day two clashes with staff training',
        },
      },
      coordinator.token,
    );
    expect(approved.approveWorkshop.sessions.map((s: Session) => s.status)).toEqual(['SCHEDULED', 'CANCELLED', 'SCHEDULED']);
  });

  it('refuses transitions the life cycle does not have, changing nothing', async () => {
    const workshop = await createWorkshop(apps.client, partner.token, {
      sessions: [{ startsAt: localAt(40, '10:00'), endsAt: localAt(40, '11:00'), branchId: branch.id, roomId: hall.id }],
    });
    const approveDraft = await apps.client.request(APPROVE, { input: { workshopId: workshop.id } }, coordinator.token);
    expect(codeOf(approveDraft)).toBe('INVALID_STATE');
    const declineDraft = await apps.client.request(
      'mutation($id: ID!) { declineWorkshop(id: $id, reason: "no") { id } }',
      { id: workshop.id },
      coordinator.token,
    );
    expect(codeOf(declineDraft)).toBe('INVALID_STATE');
    const cancelDraft = await apps.client.request(
      'mutation($id: ID!) { cancelWorkshop(id: $id, reason: "no") { id } }',
      { id: workshop.id },
      partner.token,
    );
    expect(codeOf(cancelDraft)).toBe('INVALID_STATE');
    await apps.client.must(
      'mutation($id: ID!) { withdrawWorkshop(id: $id, reason: "Not this season") { status } }',
      { id: workshop.id },
      partner.token,
    );
    expect(codeOf(await apps.client.request(SUBMIT, { id: workshop.id }, partner.token))).toBe('INVALID_STATE');
    const after = (await apps.client.must(WORKSHOP, { id: workshop.id }, partner.token)).workshop;
    expect(after.status).toBe('WITHDRAWN');
    expect(after.reviewHistory).toEqual([expect.objectContaining({ action: 'WITHDRAWN', comment: 'Not this season' })]);

    // A pending agency drafts but cannot submit; staff cannot submit for an agency.
    const pending = await applyAsPartner(apps.client);
    const pendingDraft = await createWorkshop(apps.client, pending.token, {
      sessions: [{ startsAt: localAt(41, '10:00'), endsAt: localAt(41, '11:00'), branchId: branch.id }],
    });
    expect(codeOf(await apps.client.request(SUBMIT, { id: pendingDraft.id }, pending.token))).toBe('INVALID_STATE');
    expect(codeOf(await apps.client.request(SUBMIT, { id: pendingDraft.id }, coordinator.token))).toBe('FORBIDDEN');
  });

  it('cancels an approved workshop: its future sessions and bookings go', async () => {
    const workshop = await createWorkshop(apps.client, partner.token, {
      sessions: [
        {
          startsAt: localAt(50, '10:00'),
          endsAt: localAt(50, '11:00'),
          branchId: branch.id,
          roomId: annex.id,
          recurrence: 'FREQ=WEEKLY;COUNT=2',
        },
      ],
    });
    await apps.client.must(SUBMIT, { id: workshop.id }, partner.token);
    await apps.client.must(APPROVE, { input: { workshopId: workshop.id } }, coordinator.token);
    const cancelled = await apps.client.must(
      `mutation($id: ID!) { cancelWorkshop(id: $id, reason: "Funding ended") { ${WORKSHOP_FIELDS} } }`,
      { id: workshop.id },
      partner.token,
    );
    expect(cancelled.cancelWorkshop.status).toBe('CANCELLED');
    expect(cancelled.cancelWorkshop.sessions.map((s: Session) => [s.status, s.booking])).toEqual([
      ['CANCELLED', null],
      ['CANCELLED', null],
    ]);
    await eventually(async () => {
      const [{ n }] = await apps.db.query(
        `SELECT COUNT(*) n FROM room_booking b JOIN session s ON s.id = b.session_id WHERE s.workshop_id = ? AND b.status <> 'CANCELLED'`,
        [workshop.id],
      );
      expect(Number(n)).toBe(0);
    });
  });
});
