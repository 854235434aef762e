import { isCoordinatorPlusOrMemberOf, type Viewer } from '@app/identity';
import type { SessionEntity } from './session.entity';
import type { WorkshopEntity } from './workshop.entity';
import { PUBLIC_WORKSHOP_STATUSES, SessionStatus } from './workshop.enums';

/** Anyone sees APPROVED and CANCELLED workshops; others are for staff and the agency's members. */
export const canSeeWorkshop = (viewer: Viewer | null, workshop: Pick<WorkshopEntity, 'status' | 'agencyId'>): boolean =>
  PUBLIC_WORKSHOP_STATUSES.includes(workshop.status) || isCoordinatorPlusOrMemberOf(viewer, workshop.agencyId);

/** Review history, creator, bookings and proposed sessions: staff and the agency's members. */
export const canSeeWorkshopInternals = (viewer: Viewer | null, workshop: Pick<WorkshopEntity, 'agencyId'>): boolean =>
  isCoordinatorPlusOrMemberOf(viewer, workshop.agencyId);

/** Others than staff and the agency see scheduled, cancelled and completed sessions of public workshops. */
export const canSeeSession = (
  viewer: Viewer | null,
  session: Pick<SessionEntity, 'status'>,
  workshop: Pick<WorkshopEntity, 'status' | 'agencyId'>,
): boolean =>
  canSeeWorkshopInternals(viewer, workshop) ||
  (session.status !== SessionStatus.PROPOSED && PUBLIC_WORKSHOP_STATUSES.includes(workshop.status));
