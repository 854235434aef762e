import { hasRole, Role } from './role';
import { isCoordinatorPlus, isCoordinatorPlusOrMemberOf, isLibraryStaffAt, isMemberOf, worksDeskAt, type Viewer } from './viewer';

describe('roles', () => {
  it('orders ADMIN > COORDINATOR > STAFF > PARTNER', () => {
    expect(hasRole(Role.ADMIN, Role.COORDINATOR)).toBe(true);
    expect(hasRole(Role.COORDINATOR, Role.COORDINATOR)).toBe(true);
    expect(hasRole(Role.COORDINATOR, Role.STAFF)).toBe(true);
    expect(hasRole(Role.STAFF, Role.COORDINATOR)).toBe(false);
    expect(hasRole(Role.STAFF, Role.PARTNER)).toBe(true);
    expect(hasRole(Role.PARTNER, Role.STAFF)).toBe(false);
    expect(hasRole(Role.PARTNER, Role.COORDINATOR)).toBe(false);
    expect(hasRole(Role.COORDINATOR, Role.ADMIN)).toBe(false);
  });

  it('counts a partner as a member of their own agency only', () => {
    const partner: Viewer = { userId: 'u', role: Role.PARTNER, agencyId: 'a1' };
    const coordinator: Viewer = { userId: 'c', role: Role.COORDINATOR, agencyId: null };
    expect(isMemberOf(partner, 'a1')).toBe(true);
    expect(isMemberOf(partner, 'a2')).toBe(false);
    expect(isMemberOf(null, 'a1')).toBe(false);
    expect(isCoordinatorPlus(partner)).toBe(false);
    expect(isCoordinatorPlusOrMemberOf(coordinator, 'a2')).toBe(true);
  });

  it("gives desk staff the library's rights at their own branches only", () => {
    const staff: Viewer = { userId: 's', role: Role.STAFF, agencyId: null, deskBranchIds: ['b1'] };
    const coordinator: Viewer = { userId: 'c', role: Role.COORDINATOR, agencyId: null };
    const partner: Viewer = { userId: 'u', role: Role.PARTNER, agencyId: 'a1', deskBranchIds: ['b1'] };
    expect(worksDeskAt(staff, 'b1')).toBe(true);
    expect(worksDeskAt(staff, 'b2')).toBe(false);
    expect(isLibraryStaffAt(staff, 'b1')).toBe(true);
    expect(isLibraryStaffAt(staff, 'b2')).toBe(false);
    expect(isLibraryStaffAt(coordinator, 'b2')).toBe(true);
    expect(isLibraryStaffAt(partner, 'b1')).toBe(false);
    expect(isLibraryStaffAt(null, 'b1')).toBe(false);
    expect(isCoordinatorPlus(staff)).toBe(false);
    expect(isCoordinatorPlusOrMemberOf(staff, 'a1')).toBe(false);
  });
});
