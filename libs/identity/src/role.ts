/** Staff and partner roles, highest first: ADMIN > COORDINATOR > PARTNER. */
export enum Role {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  PARTNER = 'PARTNER',
}

const RANK: Record<Role, number> = { [Role.ADMIN]: 3, [Role.COORDINATOR]: 2, [Role.PARTNER]: 1 };

/** Whether `role` is `required` or above it. */
export const hasRole = (role: Role, required: Role): boolean => RANK[role] >= RANK[required];
