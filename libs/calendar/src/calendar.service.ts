import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { notFound } from '@app/errors';
import { PartnersService } from '@app/partners';
import { PlacesService, type Branch } from '@app/places';
import { CatalogService, WorkshopsService, type Session } from '@app/workshops';
import { calendarFile, type CalendarEvent } from './calendar';

const FEED_PAST_DAYS = 30;
const FEED_LIMIT = 2000;

/** The public calendar files: one session, or a branch's feed of scheduled sessions. */
@Injectable()
export class CalendarService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly workshops: WorkshopsService,
    private readonly places: PlacesService,
    private readonly partners: PartnersService,
    private readonly config: AppConfig,
  ) {}

  private get domain(): string {
    return new URL(this.config.publicUrl).hostname;
  }

  /** A session the public may see (scheduled, completed or cancelled, of a public workshop). */
  async sessionFile(id: string): Promise<string> {
    const found = await this.catalog.publicSession(id);
    if (!found) throw notFound('Session');
    const branch = await this.places.getBranch(found.session.branchId);
    return calendarFile(found.workshop.title, await this.events([found.session], branch));
  }

  async branchFile(id: string, now: Date): Promise<string> {
    const branch = await this.places.getBranch(id);
    const sessions = await this.catalog.scheduledAtBranch(branch.id, new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000), FEED_LIMIT);
    return calendarFile(`${branch.name}: workshops`, await this.events(sessions, branch));
  }

  private async events(sessions: readonly Session[], branch: Branch): Promise<CalendarEvent[]> {
    const workshops = new Map((await this.workshops.findByIds([...new Set(sessions.map((s) => s.workshopId))])).map((w) => [w.id, w]));
    const agencies = new Map(
      (await this.partners.findByIds([...new Set([...workshops.values()].map((w) => w.agencyId))])).map((a) => [a.id, a]),
    );
    const rooms = new Map(
      (await this.places.findRoomsByIds([...new Set(sessions.map((s) => s.roomId).filter((id): id is string => !!id))])).map((r) => [
        r.id,
        r,
      ]),
    );
    return sessions.map((session) => {
      const workshop = workshops.get(session.workshopId);
      const agency = workshop ? agencies.get(workshop.agencyId) : undefined;
      const room = session.roomId ? rooms.get(session.roomId) : undefined;
      return {
        uid: `session-${session.id}@${this.domain}`,
        sequence: session.revision,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        timeZone: branch.timeZone,
        summary: workshop ? `${workshop.title}${agency ? ` (${agency.name})` : ''}` : 'Workshop',
        description: workshop?.summary ?? '',
        location: [branch.name, room?.name, branch.address].filter(Boolean).join(', '),
        url: `${this.config.publicUrl}/calendar/sessions/${session.id}.ics`,
        cancelled: session.status === 'CANCELLED',
      };
    });
  }
}
