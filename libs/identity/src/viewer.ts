import { hasRole, Role } from './role';

/** Who is asking: a signed-in user, or nobody (anonymous). */
export interface Viewer {
  userId: string;
  role: Role;
  agencyId: string | null;
}

export const isStaff = (viewer: Viewer | null): boolean => !!viewer && hasRole(viewer.role, Role.COORDINATOR);
export const isAdmin = (viewer: Viewer | null): boolean => !!viewer && viewer.role === Role.ADMIN;
export const isMemberOf = (viewer: Viewer | null, agencyId: string | null): boolean =>
  !!viewer && !!agencyId && viewer.role === Role.PARTNER && viewer.agencyId === agencyId;
/** COORDINATOR+, or a member of the agency. */
export const isStaffOrMemberOf = (viewer: Viewer | null, agencyId: string | null): boolean =>
  isStaff(viewer) || isMemberOf(viewer, agencyId);
