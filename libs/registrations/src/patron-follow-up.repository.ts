import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In, type SelectQueryBuilder } from 'typeorm';
import { likePattern, managerOf } from '@app/database';
import { NotificationKind, NotificationStatus } from '@app/notifications';
import { RegistrationEntity } from './registration.entity';
import type { RegistrationStatus } from './registration.enums';

/** The messages that tell a patron where they stand (reminders and follow-ups do not). */
const STATUS_NOTICE_KINDS = [
  NotificationKind.REGISTRATION_CONFIRMED,
  NotificationKind.REGISTRATION_WAITLISTED,
  NotificationKind.WAITLIST_PROMOTED,
  NotificationKind.REGISTRATION_CANCELLED,
  NotificationKind.SESSION_RESCHEDULED,
  NotificationKind.SESSION_CANCELLED,
];

/**
 * True (1) when the patron of registration `r` knows their news: staff told them since it
 * changed, or a status message written since then was sent. NONE registrations have no messages,
 * a stopped number's are skipped: only staff can tell those patrons.
 */
const NOTIFIED_SQL = `(COALESCE(r.patron_told_at >= r.patron_news_at, 0) = 1 OR EXISTS (
  SELECT 1 FROM notification n
  WHERE n.registration_id = r.id AND n.kind IN (${STATUS_NOTICE_KINDS.map((k) => `'${k}'`).join(', ')})
    AND n.status = '${NotificationStatus.SENT}' AND n.created_at >= r.patron_news_at))`;

/** Sessions starting in [from, to) at a branch: `from` is the start of the branch's own day. */
export interface BranchWindow {
  branchId: string;
  from: Date;
}

export interface RegistrationQuery {
  /** null: every branch (COORDINATOR+ without a filter), each from its `from`. */
  branches: BranchWindow[] | null;
  /** Used when `branches` is null. */
  from: Date | null;
  to: Date | null;
  sessionId: string | null;
  text: string | null;
  statuses: RegistrationStatus[] | null;
  notNotifiedOnly: boolean;
  /** Keyset: the session's start and the registration's arrival of the last row seen. */
  after: { startsAt: Date; seq: string } | null;
  limit: number;
}

export interface FoundRegistration {
  registration: RegistrationEntity;
  sessionStartsAt: Date;
}

/** The desk's lists of registrations across sessions, and whether each patron knows their news. */
@Injectable()
export class PatronFollowUpRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo() {
    return managerOf(this.dataSource).getRepository(RegistrationEntity);
  }

  /** registration id → whether its patron knows their news, for the registrations that exist. */
  async notified(ids: readonly string[]): Promise<Map<string, boolean>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; notified: string | number }> = await this.repo().query(
      `SELECT r.id, ${NOTIFIED_SQL} AS notified FROM registration r WHERE r.id IN (?)`,
      [[...ids]],
    );
    return new Map(rows.map((row) => [row.id, Number(row.notified) === 1]));
  }

  async markTold(id: string, now: Date): Promise<void> {
    await this.repo().update({ id }, { patronToldAt: now, updatedAt: now });
  }

  /** One page, by the session's start and then arrival, plus the filter's total when asked. */
  async find(query: RegistrationQuery): Promise<{ rows: FoundRegistration[]; count: () => Promise<number> }> {
    const qb = this.filtered(query);
    const count = () => qb.clone().getCount();
    if (query.after) {
      const { startsAt, seq } = query.after;
      qb.andWhere(
        new Brackets((w) =>
          w.where('s.starts_at > :afterStart', { afterStart: startsAt }).orWhere('s.starts_at = :afterStart AND r.seq > :afterSeq', {
            afterSeq: seq,
          }),
        ),
      );
    }
    const { entities, raw } = await qb
      .addSelect('s.starts_at', 'sessionStartsAt')
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('r.seq', 'ASC')
      .limit(query.limit + 1)
      .getRawAndEntities<{ sessionStartsAt: Date }>();
    return { rows: entities.map((registration, i) => ({ registration, sessionStartsAt: new Date(raw[i].sessionStartsAt) })), count };
  }

  private filtered(query: RegistrationQuery): SelectQueryBuilder<RegistrationEntity> {
    const qb = this.repo().createQueryBuilder('r').innerJoin('session', 's', 's.id = r.session_id');
    if (query.branches) {
      const branches = query.branches;
      if (branches.length === 0) qb.andWhere('1 = 0');
      else
        qb.andWhere(
          new Brackets((w) =>
            branches.forEach((b, i) =>
              w.orWhere(`(s.branch_id = :branch${i} AND s.starts_at >= :from${i})`, { [`branch${i}`]: b.branchId, [`from${i}`]: b.from }),
            ),
          ),
        );
    } else if (query.from) {
      qb.andWhere('s.starts_at >= :from', { from: query.from });
    }
    if (query.to) qb.andWhere('s.starts_at < :to', { to: query.to });
    if (query.sessionId) qb.andWhere('r.session_id = :sessionId', { sessionId: query.sessionId });
    if (query.statuses?.length) qb.andWhere({ status: In(query.statuses) });
    if (query.text) this.matchText(qb, query.text);
    if (query.notNotifiedOnly) qb.andWhere(`NOT ${NOTIFIED_SQL}`);
    return qb;
  }

  /** The name or e-mail address contains the text; a text with three digits or more also matches the number's digits. */
  private matchText(qb: SelectQueryBuilder<RegistrationEntity>, text: string): void {
    const pattern = likePattern(text);
    const digits = text.replace(/\D/g, '');
    qb.andWhere(
      new Brackets((w) => {
        w.where('r.name LIKE :pattern', { pattern }).orWhere('r.email LIKE :pattern');
        if (digits.length >= 3) w.orWhere('r.phone LIKE :digits', { digits: likePattern(digits) });
      }),
    );
  }
}
