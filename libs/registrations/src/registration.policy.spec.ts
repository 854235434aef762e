import {
  agencyMembershipMatters,
  canSeeAccessibilityNeeds,
  canSeeCheckInCode,
  canSeeRegistrantContact,
  listedForAgency,
  listFor,
  sessionListFor,
  type RegistrationViewer,
} from './registration.policy';
import { RegistrationStatus } from './registration.enums';

const nobody: RegistrationViewer = { owner: false, staff: false, agencyMember: false };
const owner = { ...nobody, owner: true };
const staff = { ...nobody, staff: true };
const member = { ...nobody, agencyMember: true };
const registration = (changes: { purgedAt?: Date | null; shareContactWithPartner?: boolean; status?: RegistrationStatus } = {}) => ({
  purgedAt: null,
  shareContactWithPartner: false,
  status: RegistrationStatus.CONFIRMED,
  ...changes,
});

describe('who sees what of a registration', () => {
  it('shows the contact to the patron and staff, to the agency only when the patron agreed, to nobody once purged', () => {
    expect([owner, staff, member, nobody].map((who) => canSeeRegistrantContact(registration(), who))).toEqual([true, true, false, false]);
    const sharing = registration({ shareContactWithPartner: true });
    expect([owner, staff, member, nobody].map((who) => canSeeRegistrantContact(sharing, who))).toEqual([true, true, true, false]);
    const purged = registration({ shareContactWithPartner: true, purgedAt: new Date() });
    expect([owner, staff, member].map((who) => canSeeRegistrantContact(purged, who))).toEqual([false, false, false]);
  });

  it('lists for the agency only the registrations that share their contact and are not purged', () => {
    expect(listedForAgency(registration({ shareContactWithPartner: true }))).toBe(true);
    expect(listedForAgency(registration())).toBe(false);
    expect(listedForAgency(registration({ shareContactWithPartner: true, purgedAt: new Date() }))).toBe(false);
  });

  it('keeps accessibility needs from the agency, even when the patron shares their contact', () => {
    const sharing = registration({ shareContactWithPartner: true });
    expect([owner, staff, member, nobody].map((who) => canSeeAccessibilityNeeds(sharing, who))).toEqual([true, true, false, false]);
    expect(canSeeAccessibilityNeeds(registration({ purgedAt: new Date() }), staff)).toBe(false);
  });

  it('gives the check-in code to the patron alone, while the registration stands', () => {
    expect([owner, staff, member].map((who) => canSeeCheckInCode(registration(), who))).toEqual([true, false, false]);
    expect(canSeeCheckInCode(registration({ status: RegistrationStatus.WAITLISTED }), owner)).toBe(true);
    expect(canSeeCheckInCode(registration({ status: RegistrationStatus.CANCELLED }), owner)).toBe(false);
  });

  it('looks up the agency only when membership could matter', () => {
    expect(agencyMembershipMatters(registration({ shareContactWithPartner: true }), 'agency-1')).toBe(true);
    expect(agencyMembershipMatters(registration(), 'agency-1')).toBe(false);
    expect(agencyMembershipMatters(registration({ shareContactWithPartner: true }), null)).toBe(false);
    expect(agencyMembershipMatters(registration({ shareContactWithPartner: true, purgedAt: new Date() }), 'agency-1')).toBe(false);
  });

  it('lists every registration of a session for staff, the shared ones for its agency, none for others', () => {
    const shared = registration({ shareContactWithPartner: true });
    const kept = registration();
    const purged = registration({ shareContactWithPartner: true, purgedAt: new Date() });
    expect(sessionListFor(staff)).toBe('all');
    expect(sessionListFor({ staff: true, agencyMember: true })).toBe('all');
    expect(sessionListFor(member)).toBe('shared');
    expect(sessionListFor(nobody)).toBe('none');
    expect(listFor([shared, kept, purged], staff)).toEqual([shared, kept, purged]);
    expect(listFor([shared, kept, purged], member)).toEqual([shared]);
    expect(listFor([shared, kept, purged], nobody)).toEqual([]);
  });
});
