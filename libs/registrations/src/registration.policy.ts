import type { RegistrationEntity } from './registration.entity';
import { RegistrationStatus } from './registration.enums';

/** How a viewer stands to one registration; the API works it out per request. */
export interface RegistrationViewer {
  /** The patron, who holds the registration's manage token. */
  owner: boolean;
  /** The library's staff for the registration: COORDINATOR+, or desk staff of its session's branch. */
  staff: boolean;
  /** A member of the agency that runs the registration's session. */
  agencyMember: boolean;
}

type Facts = Pick<RegistrationEntity, 'purgedAt' | 'shareContactWithPartner' | 'status'>;

/**
 * Who sees a registrant's name and e-mail: the patron, coordinators, and the agency's members
 * when the patron agreed to share them; nobody once the data is purged.
 */
export function canSeeRegistrantContact(registration: Facts, who: RegistrationViewer): boolean {
  if (registration.purgedAt) return false;
  return who.owner || who.staff || (who.agencyMember && registration.shareContactWithPartner);
}

/** The registrations an agency's members see in a session's list: those who agreed to share their contact. */
export function listedForAgency(registration: Facts): boolean {
  return canSeeRegistrantContact(registration, { owner: false, staff: false, agencyMember: true });
}

/** Accessibility needs are for the library's staff (who prepare the room) and the patron; never the agency. */
export function canSeeAccessibilityNeeds(registration: Facts, who: RegistrationViewer): boolean {
  return !registration.purgedAt && (who.staff || who.owner);
}

/** The check-in code is the patron's own, while the registration stands. */
export function canSeeCheckInCode(registration: Facts, who: RegistrationViewer): boolean {
  return who.owner && registration.status !== RegistrationStatus.CANCELLED;
}

/** The printable slip: the library's staff and the patron, while the registration stands and the session has not ended. */
export function canSeeSlip(registration: Facts, who: RegistrationViewer, sessionEnded: boolean): boolean {
  return (who.staff || who.owner) && !registration.purgedAt && registration.status !== RegistrationStatus.CANCELLED && !sessionEnded;
}

/**
 * Whether being in the session's agency could change what a viewer sees, so that the API looks
 * the agency up only then: the viewer belongs to an agency and the patron agreed to share.
 */
export function agencyMembershipMatters(registration: Facts, viewerAgencyId: string | null | undefined): boolean {
  return Boolean(viewerAgencyId) && registration.shareContactWithPartner && !registration.purgedAt;
}

/**
 * Which of a session's registrations a viewer's list holds: every one for staff, the ones that
 * share their contact for the members of the session's agency, none for anyone else.
 */
export function sessionListFor(who: Pick<RegistrationViewer, 'staff' | 'agencyMember'>): 'all' | 'shared' | 'none' {
  if (who.staff) return 'all';
  return who.agencyMember ? 'shared' : 'none';
}

/** A session's registrations as the viewer's list holds them (see sessionListFor). */
export function listFor<T extends Facts>(registrations: readonly T[], who: Pick<RegistrationViewer, 'staff' | 'agencyMember'>): T[] {
  const listing = sessionListFor(who);
  if (listing === 'all') return [...registrations];
  return listing === 'shared' ? registrations.filter(listedForAgency) : [];
}
