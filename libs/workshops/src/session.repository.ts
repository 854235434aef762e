import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, MoreThan, type EntityManager } from 'typeorm';
import { SessionEntity } from './session.entity';
import { SessionStatus } from './workshop.enums';

import { transactionManagerOf, managerOf } from '@app/database';

@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(em?: EntityManager) {
    return managerOf(this.dataSource, em).getRepository(SessionEntity);
  }

  findById(id: string, em?: EntityManager): Promise<SessionEntity | null> {
    return this.repo(em).findOneBy({ id });
  }

  findByIds(ids: readonly string[], em?: EntityManager): Promise<SessionEntity[]> {
    return ids.length ? this.repo(em).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /** Locks the session's row: its changes happen one at a time (inside the caller's transaction). */
  findByIdForUpdate(id: string, em?: EntityManager): Promise<SessionEntity | null> {
    return transactionManagerOf(em)
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
  findByIdsForUpdate(ids: readonly string[], em: EntityManager): Promise<SessionEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo(em).find({ where: { id: In([...ids]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  /** The sessions of these workshops, each list by start. */
  findByWorkshopIds(workshopIds: readonly string[], em?: EntityManager): Promise<SessionEntity[]> {
    if (workshopIds.length === 0) return Promise.resolve([]);
    return this.repo(em).find({ where: { workshopId: In([...workshopIds]) }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  /** Scheduled sessions in a room that have not started, locked (a room change may adjust them). */
  findUpcomingInRoomForUpdate(roomId: string, now: Date, em: EntityManager): Promise<SessionEntity[]> {
    return this.repo(em).find({
      where: { roomId, status: SessionStatus.SCHEDULED, startsAt: MoreThan(now) },
      order: { startsAt: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async insert(sessions: SessionEntity[], em: EntityManager): Promise<void> {
    if (sessions.length) await this.repo(em).insert(sessions);
  }

  async save(sessions: SessionEntity[], em?: EntityManager): Promise<void> {
    if (sessions.length) await this.repo(em).save(sessions);
  }

  /** Removes proposed sessions a new proposal replaces, with the released holds that named them. */
  async deleteProposed(workshopId: string, em: EntityManager): Promise<void> {
    await em.query(
      `DELETE b FROM room_booking b JOIN session s ON s.id = b.session_id WHERE s.workshop_id = ? AND s.status IN ('PROPOSED', 'CANCELLED') AND b.status = 'CANCELLED'`,
      [workshopId],
    );
    await this.repo(em).delete({ workshopId, status: In([SessionStatus.PROPOSED, SessionStatus.CANCELLED]) });
  }
}
