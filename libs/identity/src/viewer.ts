import { hasRole, Role } from './role';

/** Who is asking: a signed-in user, or nobody (anonymous). */
export interface Viewer {
  userId: string;
  role: Role;
  agencyId: string | null;
  /** STAFF users: the branches whose desks they work at (never empty); absent for other roles. */
  deskBranchIds?: readonly string[];
}

/** A coordinator or an administrator: the library's rights at every branch. */
export const isCoordinatorPlus = (viewer: Viewer | null): boolean => !!viewer && hasRole(viewer.role, Role.COORDINATOR);
export const isAdmin = (viewer: Viewer | null): boolean => !!viewer && viewer.role === Role.ADMIN;
export const isMemberOf = (viewer: Viewer | null, agencyId: string | null): boolean =>
  !!viewer && !!agencyId && viewer.role === Role.PARTNER && viewer.agencyId === agencyId;
/** COORDINATOR+, or a member of the agency. */
export const isCoordinatorPlusOrMemberOf = (viewer: Viewer | null, agencyId: string | null): boolean =>
  isCoordinatorPlus(viewer) || isMemberOf(viewer, agencyId);
/** Desk staff of this branch. */
export const worksDeskAt = (viewer: Viewer | null, branchId: string | null): boolean =>
  !!viewer && !!branchId && viewer.role === Role.STAFF && !!viewer.deskBranchIds?.includes(branchId);
/** The library's people for what happens at a branch: COORDINATOR+, or the branch's desk staff. */
export const isLibraryStaffAt = (viewer: Viewer | null, branchId: string | null): boolean =>
  isCoordinatorPlus(viewer) || worksDeskAt(viewer, branchId);
