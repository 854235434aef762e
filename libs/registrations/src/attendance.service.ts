import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { Clock } from '@app/clock';
import { TransactionRunner } from '@app/database';
import { badInput, forbidden, invalidState, notFound } from '@app/errors';
import { isLibraryStaffAt, isMemberOf, type Viewer } from '@app/identity';
import { PlacesService } from '@app/places';
import { SessionsService, SessionStatus, type Session } from '@app/workshops';
import { RegistrationEntity } from './registration.entity';
import { RegistrationStatus } from './registration.enums';
import { RegistrationRepository } from './registration.repository';
import { SeatLedgerRepository } from './seat-ledger.repository';
import { RegistrationsService } from './registrations.service';

const CHECK_IN_OPENS_MS = 60 * 60 * 1000;

/**
 * Who came: check-ins of registrations (by id or by the patron's QR token) and the count of people
 * who came without registering, kept on the seat ledger. The desk is open to staff and the
 * agency's members from an hour before the start to the end of the session's local day.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly registrations: RegistrationRepository,
    private readonly patrons: RegistrationsService,
    private readonly ledger: SeatLedgerRepository,
    private readonly sessions: SessionsService,
    private readonly places: PlacesService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  checkIn(viewer: Viewer, registrationId: string): Promise<RegistrationEntity> {
    return this.setCheckedIn(viewer, registrationId, true);
  }

  /** As checkIn, by the token of the patron's manage link (shown as a QR code at the desk). */
  async checkInByToken(viewer: Viewer, token: string): Promise<RegistrationEntity> {
    const found = await this.patrons.findByToken(token);
    if (!found) throw notFound('Registration');
    return this.setCheckedIn(viewer, found.id, true);
  }

  undoCheckIn(viewer: Viewer, registrationId: string): Promise<RegistrationEntity> {
    return this.setCheckedIn(viewer, registrationId, false);
  }

  /** COORDINATOR+, the agency's members or the branch's desk staff: the people who came without registering. */
  async recordWalkIns(viewer: Viewer, sessionId: string, count: number): Promise<Session> {
    if (!Number.isInteger(count) || count < 0 || count > 10_000) throw badInput('count', 'must be between 0 and 10000');
    return this.tx.run(async () => {
      const session = await this.sessions.getById(sessionId);
      await this.assertDeskOpen(viewer, session);
      const [seats] = await this.ledger.lock([sessionId]);
      if (!seats) throw invalidState('This session has no attendance');
      await this.ledger.setWalkIns(sessionId, count);
      return session;
    });
  }

  private async setCheckedIn(viewer: Viewer, registrationId: string, checkedIn: boolean): Promise<RegistrationEntity> {
    const found = await this.registrations.findById(registrationId);
    if (!found) throw notFound('Registration');
    const session = await this.sessions.getById(found.sessionId);
    await this.assertDeskOpen(viewer, session);
    return this.tx.run(async () => {
      // The ledger row first (as every seat change takes it), then the registration.
      await this.ledger.lock([session.id]);
      const registration = await this.registrations.lockById(registrationId);
      if (registration.status !== RegistrationStatus.CONFIRMED)
        throw invalidState(`A ${registration.status} registration cannot be checked in`);
      if (checkedIn === !!registration.checkedInAt) return registration; // checking in twice keeps the first time
      const now = this.clock.now();
      Object.assign(registration, { checkedInAt: checkedIn ? now : null, updatedAt: now });
      await this.registrations.save([registration]);
      await this.ledger.add(session.id, { checkedInSeats: checkedIn ? registration.partySize : -registration.partySize });
      return registration;
    });
  }

  /** The library's staff at the branch or the agency's members, from an hour before the start to the end of the session's local day. */
  private async assertDeskOpen(viewer: Viewer, session: Session): Promise<void> {
    const workshop = await this.sessions.workshopOf(session);
    if (!isLibraryStaffAt(viewer, session.branchId) && !isMemberOf(viewer, workshop.agencyId)) throw forbidden();
    if (session.status !== SessionStatus.SCHEDULED) throw invalidState(`A ${session.status} session has no attendance`);
    const branch = await this.places.findBranch(session.branchId);
    const now = this.clock.now();
    const opens = session.startsAt.getTime() - CHECK_IN_OPENS_MS;
    const closes = DateTime.fromJSDate(session.endsAt, { zone: branch?.timeZone ?? 'UTC' })
      .endOf('day')
      .toMillis();
    if (now.getTime() < opens) throw invalidState('Check-in opens an hour before the session starts');
    if (now.getTime() > closes) throw invalidState('Check-in closed at the end of the session’s day');
  }
}
