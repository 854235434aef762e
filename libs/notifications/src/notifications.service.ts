import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { Clock } from '@app/clock';
import { AppConfig } from '@app/config';
import { decodeCursor, encodeCursor, pageOf, pageSize, type Page } from '@app/database';
import { badInput, invalidState, notFound } from '@app/errors';
import { NotificationEntity } from './notification.entity';
import { NotificationChannel, NotificationKind, NotificationStatus } from './notification.enums';
import { SmsNumbers } from './sms-numbers.service';

export interface NotificationFilter {
  sessionId?: string | null;
  registrationId?: string | null;
  kinds?: NotificationKind[] | null;
  statuses?: NotificationStatus[] | null;
}

/** The notices an agency gets about its own sessions. */
const AGENCY_NOTICES = [NotificationKind.CAPACITY_THRESHOLD, NotificationKind.WAITLIST_DEMAND, NotificationKind.LOW_REGISTRATION];

/** What coordinators see of the outbox: the list (newest first) and a second try for failures. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly numbers: SmsNumbers,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  private repo() {
    return this.dataSource.getRepository(NotificationEntity);
  }

  /** The notices sent to an agency (capacity, waitlist demand, low registration), newest first. */
  agencyNotices(agencyId: string, limit: number): Promise<NotificationEntity[]> {
    return this.repo()
      .createQueryBuilder('n')
      .where('n.agencyId = :agencyId', { agencyId })
      .andWhere('n.recipientUserId IS NULL')
      .andWhere('n.kind IN (:...kinds)', { kinds: AGENCY_NOTICES })
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(limit)
      .getMany();
  }

  async list(filter: NotificationFilter, first: number | undefined, after: string | null | undefined): Promise<Page<NotificationEntity>> {
    const limit = pageSize(first, 50);
    const position = after ? decodeCursor(after, 2) : null;
    const qb = this.repo().createQueryBuilder('n');
    if (filter.sessionId) qb.andWhere('n.sessionId = :sessionId', { sessionId: filter.sessionId });
    if (filter.registrationId) qb.andWhere('n.registrationId = :registrationId', { registrationId: filter.registrationId });
    if (filter.kinds?.length) qb.andWhere('n.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.statuses?.length) qb.andWhere('n.status IN (:...statuses)', { statuses: filter.statuses });
    const totalCount = await qb.clone().getCount();
    if (position) {
      const createdAt = new Date(String(position[0]));
      if (Number.isNaN(createdAt.getTime())) throw badInput('after', 'is not a cursor from this list');
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('n.createdAt < :createdAt', { createdAt })
            .orWhere('n.createdAt = :createdAt AND n.id < :id', { id: String(position[1]) }),
        ),
      );
    }
    const rows = await qb
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(limit + 1)
      .getMany();
    return pageOf(rows, limit, totalCount, (n) => encodeCursor([n.createdAt, n.id]));
  }

  /**
   * Puts a FAILED message back in the outbox: the relay queues it under a new job id (the failed
   * job may still be kept in Redis under the old one) and the mail worker tries again.
   */
  async retry(id: string): Promise<NotificationEntity> {
    const row = await this.repo().findOneBy({ id });
    if (!row) throw notFound('Notification');
    if (row.status !== NotificationStatus.FAILED)
      throw invalidState(`Only a FAILED notification can be retried; this one is ${row.status}`);
    if (!row.recipient) throw invalidState('The address of this notification was purged');
    if (row.channel === NotificationChannel.SMS) {
      if (!this.config.sms) throw invalidState('Text messages are not available: no text-message gateway is configured');
      if (await this.numbers.isStopped(row.recipient)) throw invalidState('This number texted STOP: it gets no more texts');
    }
    const now = this.clock.now();
    const result = await this.repo()
      .createQueryBuilder()
      .update()
      .set({
        status: NotificationStatus.PENDING,
        dueAt: now,
        relayedAt: null,
        relayCount: () => 'relay_count + 1',
        leaseUntil: null,
        updatedAt: now,
      })
      .where('id = :id AND status = :failed', { id, failed: NotificationStatus.FAILED })
      .execute();
    if (((result.raw as { affectedRows?: number } | undefined)?.affectedRows ?? result.affected) !== 1)
      throw invalidState('The notification changed meanwhile; it is no longer FAILED');
    return this.repo().findOneByOrFail({ id });
  }
}
