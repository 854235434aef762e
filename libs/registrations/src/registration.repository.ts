import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { managerOf } from '@app/database';
import { LIVE_REGISTRATION_STATUSES, RegistrationStatus } from './registration.enums';
import { RegistrationEntity } from './registration.entity';

@Injectable()
export class RegistrationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(em?: EntityManager) {
    return managerOf(this.dataSource, em).getRepository(RegistrationEntity);
  }

  findById(id: string, em?: EntityManager): Promise<RegistrationEntity | null> {
    return this.repo(em).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<RegistrationEntity[]> {
    return ids.length ? this.repo().findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  findByTokenHash(hash: string, em?: EntityManager): Promise<RegistrationEntity | null> {
    return this.repo(em).findOneBy({ manageTokenHash: hash });
  }

  /** Locks the registration's row (after its session's: writers lock the session first). */
  findByIdForUpdate(id: string, em: EntityManager): Promise<RegistrationEntity | null> {
    return this.repo(em).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findLiveByEmail(sessionId: string, liveEmailHash: string, em: EntityManager): Promise<RegistrationEntity | null> {
    return this.repo(em).findOneBy({ sessionId, liveEmailHash });
  }

  /** The session's waitlist, first come first served. */
  findWaitlisted(sessionId: string, em: EntityManager): Promise<RegistrationEntity[]> {
    return this.repo(em).find({ where: { sessionId, status: RegistrationStatus.WAITLISTED }, order: { seq: 'ASC' } });
  }

  findLive(sessionIds: readonly string[], em?: EntityManager): Promise<RegistrationEntity[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return this.repo(em).find({
      where: { sessionId: In([...sessionIds]), status: In([...LIVE_REGISTRATION_STATUSES]) },
      order: { seq: 'ASC' },
    });
  }

  /** Registrations of these sessions in any of the statuses, in arrival order. */
  findBySessions(sessionIds: readonly string[], statuses: readonly RegistrationStatus[]): Promise<RegistrationEntity[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return this.repo().find({ where: { sessionId: In([...sessionIds]), status: In([...statuses]) }, order: { seq: 'ASC' } });
  }

  /** Where each waitlisted registration stands: 1 + the waitlisted parties that came before it. */
  async waitlistPositions(registrationIds: readonly string[]): Promise<Map<string, number>> {
    if (registrationIds.length === 0) return new Map();
    const rows: Array<{ id: string; position: string }> = await this.repo().query(
      `SELECT r.id, (SELECT COUNT(*) FROM registration w WHERE w.session_id = r.session_id AND w.status = 'WAITLISTED' AND w.seq <= r.seq) AS position
       FROM registration r WHERE r.id IN (?) AND r.status = 'WAITLISTED'`,
      [[...registrationIds]],
    );
    return new Map(rows.map((row) => [row.id, Number(row.position)]));
  }

  /** Inserts without reading the row back (the caller has every value but `seq`, which it does not need). */
  async insert(registration: RegistrationEntity, em: EntityManager): Promise<void> {
    await this.repo(em).createQueryBuilder().insert().values(registration).updateEntity(false).execute();
  }

  async save(registrations: RegistrationEntity[], em: EntityManager): Promise<void> {
    if (registrations.length) await this.repo(em).save(registrations);
  }

  /** Registrations not yet purged of sessions that ended before `endedBefore`. */
  async findPurgeable(endedBefore: Date, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.repo()
      .createQueryBuilder('r')
      .select('r.id', 'id')
      .innerJoin('session', 's', 's.id = r.session_id')
      .where('r.purgedAt IS NULL')
      .andWhere('s.ends_at < :endedBefore', { endedBefore })
      .limit(limit)
      .getRawMany();
    return rows.map((r) => r.id);
  }

  /** Removes the personal data of these registrations, keeping what counts need. */
  async purge(ids: readonly string[], now: Date, em: EntityManager): Promise<void> {
    if (ids.length === 0) return;
    await this.repo(em).update(
      { id: In([...ids]), purgedAt: IsNull() },
      { name: null, email: null, emailHash: null, liveEmailHash: null, accessibilityNeeds: null, purgedAt: now, updatedAt: now },
    );
  }
}
