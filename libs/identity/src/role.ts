/**
 * Roles, highest first: ADMIN > COORDINATOR > STAFF > PARTNER. STAFF are the library's desk staff:
 * beyond what every signed-in user may do, their rights are at their own branches (viewer.ts).
 */
export enum Role {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  STAFF = 'STAFF',
  PARTNER = 'PARTNER',
}

const RANK: Record<Role, number> = { [Role.ADMIN]: 4, [Role.COORDINATOR]: 3, [Role.STAFF]: 2, [Role.PARTNER]: 1 };

/** Whether `role` is `required` or above it. */
export const hasRole = (role: Role, required: Role): boolean => RANK[role] >= RANK[required];
