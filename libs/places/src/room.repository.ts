import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { RoomEntity } from './room.entity';
import { transactionManagerOf, managerOf } from '@app/database';

@Injectable()
export class RoomRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo() {
    return managerOf(this.dataSource).getRepository(RoomEntity);
  }

  findById(id: string): Promise<RoomEntity | null> {
    return this.repo().findOneBy({ id });
  }

  /** Locks the room's row: every write that places a booking in it serialises here. */
  findByIdForUpdate(id: string): Promise<RoomEntity | null> {
    return transactionManagerOf()
      .getRepository(RoomEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Locks the rooms' rows, in id order (every writer locks in the same order, avoiding deadlocks). */
  findByIdsForUpdate(ids: readonly string[]): Promise<RoomEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return transactionManagerOf()
      .getRepository(RoomEntity)
      .find({ where: { id: In([...ids]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  /** Active rooms of a branch (or of every branch) that hold at least `minCapacity`. */
  findCandidates(branchId: string | null, minCapacity: number): Promise<RoomEntity[]> {
    const qb = this.repo().createQueryBuilder('r').where('r.active = 1').andWhere('r.capacity >= :minCapacity', { minCapacity });
    if (branchId) qb.andWhere('r.branchId = :branchId', { branchId });
    return qb.orderBy('r.name', 'ASC').addOrderBy('r.id', 'ASC').getMany();
  }

  findByIds(ids: readonly string[]): Promise<RoomEntity[]> {
    return ids.length ? this.repo().findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  findByBranchIds(branchIds: readonly string[]): Promise<RoomEntity[]> {
    if (branchIds.length === 0) return Promise.resolve([]);
    return this.repo().find({ where: { branchId: In([...branchIds]) }, order: { name: 'ASC', id: 'ASC' } });
  }

  async insert(room: RoomEntity): Promise<void> {
    await this.repo().insert(room);
  }

  async save(room: RoomEntity): Promise<void> {
    await this.repo().save(room);
  }
}
