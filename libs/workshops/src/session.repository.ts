import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, MoreThan } from 'typeorm';
import { SessionEntity } from './session.entity';
import { SessionStatus } from './workshop.enums';

import { transactionManagerOf, managerOf } from '@app/database';

@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo() {
    return managerOf(this.dataSource).getRepository(SessionEntity);
  }

  /** For locking reads: the transaction's manager (outside one, they fail loudly). */
  private locked() {
    return transactionManagerOf().getRepository(SessionEntity);
  }

  findById(id: string): Promise<SessionEntity | null> {
    return this.repo().findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<SessionEntity[]> {
    return ids.length ? this.repo().findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /** Locks the session's row: its changes happen one at a time (inside the caller's transaction). */
  findByIdForUpdate(id: string): Promise<SessionEntity | null> {
    return transactionManagerOf()
      .getRepository(SessionEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A branch's scheduled sessions of approved workshops starting from `from`, by start (its public feed). */
  findScheduledAtBranch(branchId: string, from: Date, limit: number): Promise<SessionEntity[]> {
    return this.repo()
      .createQueryBuilder('s')
      .innerJoin('workshop', 'w', "w.id = s.workshop_id AND w.status = 'APPROVED'")
      .where('s.branch_id = :branchId', { branchId })
      .andWhere("s.status = 'SCHEDULED'")
      .andWhere('s.starts_at >= :from', { from })
      .orderBy('s.starts_at', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Scheduled sessions ending after `after` (whose timeline jobs may still be due), by start. */
  findScheduledEndingAfter(after: Date): Promise<SessionEntity[]> {
    return this.repo().find({ where: { status: SessionStatus.SCHEDULED, endsAt: MoreThan(after) }, order: { startsAt: 'ASC' } });
  }

  /** Locks sessions' rows in id order (every writer of a session's time, place, capacity or status takes them so). */
  findByIdsForUpdate(ids: readonly string[]): Promise<SessionEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.locked().find({ where: { id: In([...ids]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  /** The sessions of these workshops, each list by start. */
  findByWorkshopIds(workshopIds: readonly string[]): Promise<SessionEntity[]> {
    if (workshopIds.length === 0) return Promise.resolve([]);
    return this.repo().find({ where: { workshopId: In([...workshopIds]) }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  /** Scheduled sessions in a room that have not started, locked (a room change may adjust them). */
  findUpcomingInRoomForUpdate(roomId: string, now: Date): Promise<SessionEntity[]> {
    return this.locked().find({
      where: { roomId, status: SessionStatus.SCHEDULED, startsAt: MoreThan(now) },
      order: { startsAt: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async insert(sessions: SessionEntity[]): Promise<void> {
    if (sessions.length) await this.repo().insert(sessions);
  }

  async save(sessions: SessionEntity[]): Promise<void> {
    if (sessions.length) await this.repo().save(sessions);
  }

  /** Removes proposed sessions a new proposal replaces, with the released holds that named them. */
  async deleteProposed(workshopId: string): Promise<void> {
    await transactionManagerOf().query(
      `DELETE b FROM room_booking b JOIN session s ON s.id = b.session_id WHERE s.workshop_id = ? AND s.status IN ('PROPOSED', 'CANCELLED') AND b.status = 'CANCELLED'`,
      [workshopId],
    );
    await this.repo().delete({ workshopId, status: In([SessionStatus.PROPOSED, SessionStatus.CANCELLED]) });
  }
}
