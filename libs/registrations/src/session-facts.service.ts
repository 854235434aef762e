import { Injectable } from '@nestjs/common';
import type { NotificationParams } from '@app/notifications';
import { PartnersService } from '@app/partners';
import { PlacesService } from '@app/places';
import { SessionsService, type Session, type Workshop } from '@app/workshops';
import type { SessionContextRow } from './registration.repository';

/**
 * What patron messages say about a session (room features as codes, which each message's language
 * puts in words): no personal data, so it can sit in outbox rows.
 * Read once per transaction and shared by every message of that change.
 */
@Injectable()
export class SessionFacts {
  constructor(
    private readonly sessions: SessionsService,
    private readonly partners: PartnersService,
    private readonly places: PlacesService,
  ) {}
  /** The same facts from a session context row (no further reads). */
  static fromContext(row: SessionContextRow): NotificationParams {
    const features: string[] = typeof row.roomFeatures === 'string' ? (JSON.parse(row.roomFeatures) as string[]) : (row.roomFeatures ?? []);
    return {
      sessionId: row.id,
      workshopTitle: row.workshopTitle,
      agencyName: row.agencyName,
      startsAt: new Date(row.startsAt).toISOString(),
      endsAt: new Date(row.endsAt).toISOString(),
      timeZone: row.timeZone,
      branchName: row.branchName,
      branchAddress: row.branchAddress,
      roomName: row.roomName,
      roomFeatures: features.length ? features.join(',') : null,
    };
  }

  async of(session: Session, known?: { workshop?: Workshop | null }): Promise<NotificationParams> {
    const workshop = known?.workshop ?? (await this.sessions.workshopOf(session));
    const agency = await this.partners.findById(workshop.agencyId);
    const branch = await this.places.findBranch(session.branchId);
    const room = session.roomId ? await this.places.findRoom(session.roomId) : null;
    return {
      sessionId: session.id,
      workshopTitle: workshop.title,
      agencyName: agency?.name ?? '',
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      timeZone: branch?.timeZone ?? 'UTC',
      branchName: branch?.name ?? '',
      branchAddress: branch?.address ?? null,
      roomName: room?.name ?? null,
      roomFeatures: room?.features.length ? room.features.join(',') : null,
    };
  }

  /** The facts of a session by id (it must exist). */
  async ofSession(sessionId: string): Promise<NotificationParams> {
    return this.of(await this.sessions.getById(sessionId));
  }
}
