import {
  allWeek,
  createBranch,
  createCoordinator,
  createDeskStaff,
  createRoom,
  localAt,
  scheduledWorkshop,
  verifiedPartner,
  type Partner,
} from './factories';
import { TestApps, type StartOptions } from './test-apps';

/**
 * The people of the desk suites: an administrator, a coordinator, a verified partner, desk staff
 * of the branch their sessions are at (`desk`) and of another branch (`elsewhere`).
 */
export interface DeskWorld {
  apps: TestApps;
  admin: string;
  coordinator: { token: string };
  partner: Partner;
  branch: { id: string };
  desk: { id: string; token: string };
  elsewhere: { token: string };
  /** A scheduled session at the branch, `days` from now at 18:00 (Chicago) for 90 minutes, in a room of 30. */
  schedule(capacity: number, days?: number, workshop?: Record<string, unknown>): Promise<{ id: string }>;
}

export async function startDeskWorld(options: StartOptions = {}): Promise<DeskWorld> {
  const apps = await TestApps.start(options);
  const admin = await apps.adminToken();
  const login = (e: string, p: string) => apps.login(e, p);
  const hours = { timeZone: 'America/Chicago', openingHours: allWeek('07:00', '22:00') };
  const branch = await createBranch(apps.client, admin, hours);
  const other = await createBranch(apps.client, admin, hours);
  const coordinator = await createCoordinator(apps.client, admin, login);
  const partner = await verifiedPartner(apps.client, coordinator.token);
  const desk = await createDeskStaff(apps.client, admin, login, [branch.id]);
  const elsewhere = await createDeskStaff(apps.client, admin, login, [other.id]);
  const schedule = async (capacity: number, days = 12, overrides: Record<string, unknown> = {}) => {
    const room = await createRoom(apps.client, admin, branch.id, { capacity: 30 });
    const workshop = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      ...overrides,
      capacity,
      sessions: [{ startsAt: localAt(days, '18:00'), endsAt: localAt(days, '19:30'), branchId: branch.id, roomId: room.id }],
    });
    return workshop.sessions[0] as { id: string };
  };
  return { apps, admin, coordinator, partner, branch, desk, elsewhere, schedule };
}
