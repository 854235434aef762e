import { hasRole, Role } from './role';
import { isMemberOf, isStaff, isStaffOrMemberOf, type Viewer } from './viewer';

describe('roles', () => {
  it('orders ADMIN > COORDINATOR > PARTNER', () => {
    expect(hasRole(Role.ADMIN, Role.COORDINATOR)).toBe(true);
    expect(hasRole(Role.COORDINATOR, Role.COORDINATOR)).toBe(true);
    expect(hasRole(Role.PARTNER, Role.COORDINATOR)).toBe(false);
    expect(hasRole(Role.COORDINATOR, Role.ADMIN)).toBe(false);
  });

  it('counts a partner as a member of their own agency only', () => {
    const partner: Viewer = { userId: 'u', role: Role.PARTNER, agencyId: 'a1' };
    const coordinator: Viewer = { userId: 'c', role: Role.COORDINATOR, agencyId: null };
    expect(isMemberOf(partner, 'a1')).toBe(true);
    expect(isMemberOf(partner, 'a2')).toBe(false);
    expect(isMemberOf(null, 'a1')).toBe(false);
    expect(isStaff(partner)).toBe(false);
    expect(isStaffOrMemberOf(coordinator, 'a2')).toBe(true);
  });
});
