import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@app/clock';
import { AppConfig } from '@app/config';
import { TransactionRunner } from '@app/database';
import { NotificationKind, OutboxService, type OutgoingMessage } from '@app/notifications';
import {
  NoticeRecipients,
  patronMessage,
  RegistrationsService,
  SeatLedger,
  SessionFacts,
  type RecipientFilter,
  type Registration,
} from '@app/registrations';
import { SettingsService } from '@app/settings';
import { SessionsService, SessionStatus, type Session } from '@app/workshops';

const BATCH = 500;

export type FireOutcome = { written: number } | { skipped: string };

/**
 * What a session's timeline job does when it fires. Each re-checks the session in the database
 * (still scheduled, still at the time it was planned for) and writes one notification row per
 * recipient under a unique key: a job that fires twice, or resumes after a crash, writes nothing
 * twice.
 */
@Injectable()
export class SessionJobRunner {
  private readonly logger = new Logger(SessionJobRunner.name);

  constructor(
    private readonly sessions: SessionsService,
    private readonly registrations: RegistrationsService,
    private readonly ledger: SeatLedger,
    private readonly recipients: NoticeRecipients,
    private readonly facts: SessionFacts,
    private readonly settings: SettingsService,
    private readonly outbox: OutboxService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  private async current(sessionId: string, check: (s: Session) => boolean): Promise<Session | null> {
    const session = await this.sessions.findById(sessionId);
    return session && session.status === SessionStatus.SCHEDULED && check(session) ? session : null;
  }

  /** SESSION_REMINDER to confirmed registrants who opted in and registered before it was due. */
  async remind(sessionId: string, leadMinutes: number, startsAtMs: number): Promise<FireOutcome> {
    const session = await this.current(sessionId, (s) => s.startsAt.getTime() === startsAtMs);
    if (!session) return { skipped: 'the session moved or is no longer scheduled' };
    if (!(await this.settings.get()).reminderLeadMinutes.includes(leadMinutes))
      return { skipped: 'this lead time is no longer in the settings' };
    if (this.clock.now().getTime() >= startsAtMs) return { skipped: 'the session has started' };
    const dueAt = new Date(startsAtMs - leadMinutes * this.config.leadMinuteMs);
    const facts = { ...(await this.facts.of(session)), leadMinutes };
    const written = await this.fanOut(session.id, { remindersOptIn: true, createdBefore: dueAt }, (r) =>
      patronMessage(NotificationKind.SESSION_REMINDER, r, facts, `reminder:${r.id}:${leadMinutes}:${startsAtMs}`),
    );
    this.logger.log({ sessionId, leadMinutes, written }, 'reminders written');
    return { written };
  }

  /** FOLLOW_UP with the workshop's resources to checked-in patrons who opted in. */
  async followUp(sessionId: string, endsAtMs: number): Promise<FireOutcome> {
    const session = await this.current(sessionId, (s) => s.endsAt.getTime() === endsAtMs);
    if (!session) return { skipped: 'the session moved or was cancelled' };
    const workshop = await this.sessions.workshopOf(session);
    if (!workshop.followUpResources) return { skipped: 'no follow-up resources' };
    const facts = { ...(await this.facts.of(session)), followUpResources: workshop.followUpResources };
    const written = await this.fanOut(session.id, { followUpOptIn: true, checkedIn: true }, (r) =>
      patronMessage(NotificationKind.FOLLOW_UP, r, facts, `follow-up:${r.id}:${endsAtMs}`),
    );
    return { written };
  }

  /** LOW_REGISTRATION to the agency and coordinators when confirmed seats are below the minimum. */
  async checkLowRegistration(sessionId: string, startsAtMs: number): Promise<FireOutcome> {
    const session = await this.current(sessionId, (s) => s.startsAt.getTime() === startsAtMs);
    if (!session) return { skipped: 'the session moved or is no longer scheduled' };
    const workshop = await this.sessions.workshopOf(session);
    if (!workshop.minAttendance) return { skipped: 'no minimum attendance' };
    const seatsTaken = (await this.ledger.counts([session.id])).get(session.id)?.seatsTaken ?? 0;
    if (seatsTaken >= workshop.minAttendance) return { skipped: 'enough registrations' };
    const people = await this.recipients.forSession(workshop.agencyId, session.branchId);
    const facts = {
      ...(await this.facts.of(session)),
      seatsTaken,
      minAttendance: workshop.minAttendance,
      capacity: session.capacity,
    };
    await this.tx.run(() =>
      this.outbox.add(
        people.map((p) => ({
          kind: NotificationKind.LOW_REGISTRATION,
          recipient: p.email,
          recipientUserId: p.userId,
          agencyId: workshop.agencyId,
          sessionId,
          params: facts,
          dedupeKey: `low-registration:${sessionId}:${startsAtMs}:${p.email}`,
        })),
      ),
    );
    return { written: people.length };
  }

  /** Writes the recipients' rows in batches, each batch one short transaction. */
  private async fanOut(sessionId: string, filter: RecipientFilter, message: (r: Registration) => OutgoingMessage | null): Promise<number> {
    let afterSeq = '0';
    let written = 0;
    for (;;) {
      const batch = await this.registrations.recipientsPage(sessionId, filter, afterSeq, BATCH);
      if (batch.length === 0) return written;
      const messages = batch.flatMap((r) => message(r) ?? []);
      await this.tx.run(() => this.outbox.add(messages));
      written += messages.length;
      afterSeq = batch[batch.length - 1].seq;
      if (batch.length < BATCH) return written;
    }
  }
}
