import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { transactionManagerOf, managerOf } from '@app/database';
import { notFound } from '@app/errors';
import { ContactChannel, LIVE_REGISTRATION_STATUSES, RegistrationStatus } from './registration.enums';
import { RegistrationEntity } from './registration.entity';

/** A session as a registration sees it (see RegistrationRepository.sessionContext). */
export interface SessionContextRow {
  id: string;
  workshopId: string;
  branchId: string;
  roomId: string | null;
  startsAt: Date;
  endsAt: Date;
  status: string;
  capacity: number;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  workshopStatus: string;
  workshopTitle: string;
  /** JSON from the driver, or already parsed. */
  workshopLanguages: string | string[] | null;
  agencyName: string;
  branchName: string;
  /** ISO 3166-1 alpha-2: how phone numbers written the local way are read. */
  branchCountry: string;
  timeZone: string;
  branchAddress: string | null;
  roomName: string | null;
  roomFeatures: string | string[] | null;
  registrationOpensDaysBefore: number | null;
  registrationClosesMinutesBefore: number;
  capacityThresholds: string | number[];
  waitlistDemandThreshold: number;
}

/** Which confirmed registrations a timeline message goes to. */
export interface RecipientFilter {
  remindersOptIn?: true;
  followUpOptIn?: true;
  checkedIn?: true;
  createdBefore?: Date;
}

@Injectable()
export class RegistrationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo() {
    return managerOf(this.dataSource).getRepository(RegistrationEntity);
  }

  findById(id: string): Promise<RegistrationEntity | null> {
    return this.repo().findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<RegistrationEntity[]> {
    return ids.length ? this.repo().findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  findByTokenHash(hash: string): Promise<RegistrationEntity | null> {
    return this.repo().findOneBy({ manageTokenHash: hash });
  }

  findByShortCodeHash(hash: string): Promise<RegistrationEntity | null> {
    return this.repo().findOneBy({ shortCodeHash: hash });
  }

  /** The latest registration that gave this number (for the answer to a text it sends). */
  findLatestByPhone(phone: string): Promise<RegistrationEntity | null> {
    return this.repo().findOne({ where: { phone }, order: { createdAt: 'DESC' } });
  }

  /** Locks a registration that must exist (NOT_FOUND otherwise) until the transaction ends; writers lock the session's ledger row first. */
  async lockById(id: string): Promise<RegistrationEntity> {
    const registration = await this.findByIdForUpdate(id);
    if (!registration) throw notFound('Registration');
    return registration;
  }

  findByIdForUpdate(id: string): Promise<RegistrationEntity | null> {
    return transactionManagerOf()
      .getRepository(RegistrationEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findLiveByEmail(sessionId: string, liveEmailHash: string): Promise<RegistrationEntity | null> {
    return this.repo().findOneBy({ sessionId, liveEmailHash });
  }

  findLiveByPhone(sessionId: string, livePhoneHash: string): Promise<RegistrationEntity | null> {
    return this.repo().findOneBy({ sessionId, livePhoneHash });
  }

  findByDeskRequestKey(deskRequestKey: string): Promise<RegistrationEntity | null> {
    return this.repo().findOneBy({ deskRequestKey });
  }

  /** The session's waitlist, first come first served. */
  findWaitlisted(sessionId: string): Promise<RegistrationEntity[]> {
    return this.repo().find({ where: { sessionId, status: RegistrationStatus.WAITLISTED }, order: { seq: 'ASC' } });
  }

  findLive(sessionIds: readonly string[]): Promise<RegistrationEntity[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return this.repo().find({
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

  /** Inserts without reading the row back (plain SQL: it runs under the session's lock). */
  async insert(r: RegistrationEntity): Promise<void> {
    await transactionManagerOf().query(
      `INSERT INTO registration (id, session_id, status, name, email, email_hash, live_email_hash, contact_channel, source, language,
         registered_by_id, phone, live_phone_hash, desk_request_key, party_size, accessibility_needs,
         share_contact_with_partner, reminders_opt_in, follow_up_opt_in, manage_token_hash, manage_token_salt, short_code_hash, revision,
         patron_news_at, patron_told_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        r.id,
        r.sessionId,
        r.status,
        r.name,
        r.email,
        r.emailHash,
        r.liveEmailHash,
        r.contactChannel,
        r.source,
        r.language,
        r.registeredById,
        r.phone,
        r.livePhoneHash,
        r.deskRequestKey,
        r.partySize,
        r.accessibilityNeeds,
        r.shareContactWithPartner,
        r.remindersOptIn,
        r.followUpOptIn,
        r.manageTokenHash,
        r.manageTokenSalt,
        r.shortCodeHash,
        r.revision,
        r.patronNewsAt,
        r.patronToldAt,
        r.createdAt,
        r.updatedAt,
      ],
    );
  }

  /** Their patrons have news (their session moved): they may not know it until told. */
  async markNews(ids: readonly string[], now: Date): Promise<void> {
    if (ids.length) await this.repo().update({ id: In([...ids]) }, { patronNewsAt: now, updatedAt: now });
  }

  async save(registrations: RegistrationEntity[]): Promise<void> {
    if (registrations.length) await this.repo().save(registrations);
  }

  /**
   * Everything a registration needs to know about its session before claiming seats, in one
   * query: the session, its workshop's status and title, the agency, branch and room, and the
   * settings' registration window.
   */
  async sessionContext(sessionId: string): Promise<SessionContextRow | null> {
    const rows: SessionContextRow[] = await this.repo().query(
      `SELECT s.id, s.workshop_id AS workshopId, s.branch_id AS branchId, s.room_id AS roomId, s.starts_at AS startsAt, s.ends_at AS endsAt,
              s.status, s.capacity,
              s.registration_opens_at AS registrationOpensAt, s.registration_closes_at AS registrationClosesAt,
              w.status AS workshopStatus, w.title AS workshopTitle, w.languages AS workshopLanguages, a.name AS agencyName,
              b.name AS branchName, b.country AS branchCountry, b.time_zone AS timeZone, b.address AS branchAddress, r.name AS roomName, r.features AS roomFeatures,
              st.registration_opens_days_before AS registrationOpensDaysBefore, st.registration_closes_minutes_before AS registrationClosesMinutesBefore,
              st.capacity_thresholds AS capacityThresholds, st.waitlist_demand_threshold AS waitlistDemandThreshold
       FROM session s
       JOIN workshop w ON w.id = s.workshop_id
       JOIN agency a ON a.id = w.agency_id
       JOIN branch b ON b.id = s.branch_id
       LEFT JOIN room r ON r.id = s.room_id
       JOIN settings st ON st.id = 1
       WHERE s.id = ?`,
      [sessionId],
    );
    return rows[0] ?? null;
  }

  /**
   * One page (by arrival) of confirmed registrations of a session matching the filter: the
   * recipients of a reminder (opted in, registered before it was due) or of a follow-up.
   */
  findRecipients(sessionId: string, filter: RecipientFilter, afterSeq: string, limit: number): Promise<RegistrationEntity[]> {
    const qb = this.repo()
      .createQueryBuilder('r')
      .where('r.sessionId = :sessionId AND r.status = :status', { sessionId, status: RegistrationStatus.CONFIRMED })
      .andWhere('r.seq > :afterSeq', { afterSeq })
      // Purged registrations have no address, and NONE registrations get no messages: skipped here,
      // so a page is short only at the end. Follow-up resources go by e-mail only.
      .andWhere(
        filter.followUpOptIn
          ? 'r.email IS NOT NULL AND r.contactChannel = :email'
          : '((r.email IS NOT NULL AND r.contactChannel = :email) OR (r.phone IS NOT NULL AND r.contactChannel = :sms))',
        { email: ContactChannel.EMAIL, sms: ContactChannel.SMS },
      );
    if (filter.remindersOptIn) qb.andWhere('r.remindersOptIn = 1');
    if (filter.followUpOptIn) qb.andWhere('r.followUpOptIn = 1');
    if (filter.checkedIn) qb.andWhere('r.checkedInAt IS NOT NULL');
    if (filter.createdBefore) qb.andWhere('r.createdAt <= :createdBefore', { createdBefore: filter.createdBefore });
    return qb.orderBy('r.seq', 'ASC').limit(limit).getMany();
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

  /** The phone numbers these registrations keep. */
  async phonesOf(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: Array<{ phone: string }> = await this.repo().query(
      'SELECT DISTINCT phone FROM registration WHERE id IN (?) AND phone IS NOT NULL',
      [[...ids]],
    );
    return rows.map((r) => r.phone);
  }

  /** Removes the personal data of these registrations, keeping what counts need. */
  async purge(ids: readonly string[], now: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.repo().update(
      { id: In([...ids]), purgedAt: IsNull() },
      {
        name: null,
        email: null,
        emailHash: null,
        liveEmailHash: null,
        phone: null,
        livePhoneHash: null,
        accessibilityNeeds: null,
        purgedAt: now,
        updatedAt: now,
      },
    );
  }
}
