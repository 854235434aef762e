import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { BookingKind, BookingStatus, LIVE_BOOKING_STATUSES } from './booking.enums';
import { RoomBookingEntity } from './room-booking.entity';
import { MAX_BLOCKED_MS } from './time-rules';
import { managerOf, transactionManagerOf } from '@app/database';

@Injectable()
export class BookingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo() {
    return managerOf(this.dataSource).getRepository(RoomBookingEntity);
  }

  /** For locking reads: the transaction's manager (outside one, they fail loudly). */
  private locked() {
    return transactionManagerOf().getRepository(RoomBookingEntity);
  }

  findById(id: string): Promise<RoomBookingEntity | null> {
    return this.repo().findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<RoomBookingEntity[]> {
    return ids.length ? this.repo().findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  findByIdForUpdate(id: string): Promise<RoomBookingEntity | null> {
    return this.locked().findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Live bookings of the rooms whose blocked time overlaps [from, until). The lower bound on
   * blockedFrom (no booking blocks longer than MAX_BLOCKED_MS) keeps it a short range scan of
   * the (room, blockedFrom) index.
   */
  findLiveOverlapping(roomIds: readonly string[], from: Date, until: Date): Promise<RoomBookingEntity[]> {
    if (roomIds.length === 0) return Promise.resolve([]);
    return this.repo()
      .createQueryBuilder('b')
      .where('b.roomId IN (:...roomIds)', { roomIds: [...roomIds] })
      .andWhere('b.blockedFrom < :until AND b.blockedFrom > :lowest', { until, lowest: new Date(from.getTime() - MAX_BLOCKED_MS) })
      .andWhere('b.blockedUntil > :from', { from })
      .andWhere('b.status IN (:...live)', { live: LIVE_BOOKING_STATUSES })
      .orderBy('b.blockedFrom', 'ASC')
      .getMany();
  }

  /** Live bookings of one room that end after `after` (future work a room change would touch). */
  findLiveEndingAfter(roomId: string, after: Date): Promise<RoomBookingEntity[]> {
    return this.repo()
      .createQueryBuilder('b')
      .where('b.roomId = :roomId', { roomId })
      .andWhere('b.blockedUntil > :after', { after })
      .andWhere('b.status IN (:...live)', { live: LIVE_BOOKING_STATUSES })
      .orderBy('b.blockedFrom', 'ASC')
      .getMany();
  }

  /** Confirmed session bookings of these branches starting in [from, until): the scheduled sessions. */
  findScheduledSessionBookings(branchIds: readonly string[], from: Date, until: Date): Promise<RoomBookingEntity[]> {
    if (branchIds.length === 0) return Promise.resolve([]);
    return this.repo()
      .createQueryBuilder('b')
      .where('b.branchId IN (:...branchIds)', { branchIds: [...branchIds] })
      .andWhere('b.kind = :kind AND b.status = :status', { kind: BookingKind.SESSION, status: BookingStatus.CONFIRMED })
      .andWhere('b.startsAt >= :from AND b.startsAt < :until', { from, until })
      .getMany();
  }

  /** Live bookings of the rooms that overlap [from, to) (not counting buffers), by start. */
  findLiveInWindow(roomIds: readonly string[], from: Date, to: Date): Promise<RoomBookingEntity[]> {
    if (roomIds.length === 0) return Promise.resolve([]);
    return this.repo()
      .createQueryBuilder('b')
      .where('b.roomId IN (:...roomIds)', { roomIds: [...roomIds] })
      .andWhere('b.blockedFrom < :to AND b.blockedFrom > :lowest', { to, lowest: new Date(from.getTime() - MAX_BLOCKED_MS) })
      .andWhere('b.endsAt > :from AND b.startsAt < :to', { from })
      .andWhere('b.status IN (:...live)', { live: LIVE_BOOKING_STATUSES })
      .orderBy('b.startsAt', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .getMany();
  }

  /** Live bookings of rooms in a branch that overlap [from, until) (a closure). */
  findLiveInBranch(branchId: string, from: Date, until: Date): Promise<RoomBookingEntity[]> {
    return this.repo()
      .createQueryBuilder('b')
      .where('b.branchId = :branchId', { branchId })
      .andWhere('b.startsAt < :until AND b.endsAt > :from', { from, until })
      .andWhere('b.status IN (:...live)', { live: LIVE_BOOKING_STATUSES })
      .orderBy('b.startsAt', 'ASC')
      .getMany();
  }

  findLiveBySessionIds(sessionIds: readonly string[]): Promise<RoomBookingEntity[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return this.repo().find({ where: { sessionId: In([...sessionIds]), status: In([...LIVE_BOOKING_STATUSES]) } });
  }

  async insert(bookings: RoomBookingEntity[]): Promise<void> {
    if (bookings.length) await this.repo().insert(bookings);
  }

  /** Moves the given bookings from one of `from` to `to`. */
  async setStatus(ids: readonly string[], from: readonly BookingStatus[], to: BookingStatus, now: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.repo()
      .createQueryBuilder()
      .update()
      .set({ status: to, updatedAt: now })
      .where({ id: In([...ids]), status: In([...from]) })
      .execute();
  }

  async save(booking: RoomBookingEntity): Promise<void> {
    await this.repo().save(booking);
  }
}
