import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@app/clock';
import { duplicateKeyName, isDuplicateKey, TransactionRunner } from '@app/database';
import { DomainError, ErrorCode } from '@app/errors';
import { NotificationKind, OutboxService } from '@app/notifications';
import { CapacityNotices, type DemandSettings } from './capacity-notices.service';
import { ManageTokens } from './manage-tokens.service';
import { patronMessages } from './patron-messages';
import type { Contact } from './contact-rules';
import { contactHash, languageFor, LIVE_DUPLICATE_KEYS } from './registration-rules';
import { SmsConsents } from './sms-consents.service';
import { RegistrationEntity } from './registration.entity';
import { ContactChannel, RegistrationSource, RegistrationStatus } from './registration.enums';
import { RegistrationRepository, type SessionContextRow } from './registration.repository';
import type { NewRegistration, Receipt } from './registrations.types';
import { SeatLedgerRepository } from './seat-ledger.repository';
import { SeatWatchers } from './seat-watchers.service';
import { SessionFacts } from './session-facts.service';

/**
 * Where a new registration goes: its seats, or a place at the end of the line, claimed under
 * the session's seat ledger row's lock, with the registration's row and its message in the
 * same transaction. Every way of registering (online, at the desk) ends here.
 */
@Injectable()
export class RegistrationPlacement {
  constructor(
    private readonly registrations: RegistrationRepository,
    private readonly ledgerRows: SeatLedgerRepository,
    private readonly tokens: ManageTokens,
    private readonly consents: SmsConsents,
    private readonly outbox: OutboxService,
    private readonly seatWatchers: SeatWatchers,
    private readonly notices: CapacityNotices,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /**
   * Claims the seats or a place in line for a new registration, and writes it with its message.
   * Everything that does not need the ledger row's lock (checks, the message's facts, the token)
   * happens before it is taken; under it: claim, insert (a live duplicate hits its unique key and
   * rolls the claim back: 'duplicate'), count, outbox.
   */
  async place(registration: RegistrationEntity, opened: SessionContextRow): Promise<Receipt | 'duplicate'> {
    const facts = SessionFacts.fromContext(opened);
    const manageToken = this.tokens.tokenOf(registration);
    registration.manageTokenHash = ManageTokens.hash(manageToken);
    registration.shortCodeHash = ManageTokens.hash(this.tokens.shortCodeOf(registration));
    const partySize = registration.partySize;
    try {
      await this.tx.run(async () => {
        const position = await this.claimOrQueue(opened.id, partySize);
        registration.status = position === null ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        await this.registrations.insert(registration);
        if (registration.contactChannel === ContactChannel.SMS) await this.consents.given(registration);
        await this.outbox.add(
          position === null
            ? patronMessages(NotificationKind.REGISTRATION_CONFIRMED, [registration], facts, 'confirmed')
            : patronMessages(NotificationKind.REGISTRATION_WAITLISTED, [registration], { ...facts, position }, 'waitlisted'),
        );
        await this.notices.afterChange(
          opened.id,
          position === null ? { seats: partySize, waitlist: 0 } : { seats: 0, waitlist: 1 },
          demandSettings(opened),
          facts,
        );
        // Live counts go out in the background: the patron's answer does not wait for them.
        this.seatWatchers.changed([opened.id]);
      });
    } catch (error) {
      if (isDuplicateKey(error) && LIVE_DUPLICATE_KEYS.has(duplicateKeyName(error) ?? '')) return 'duplicate';
      throw error;
    }
    return { registration, manageToken };
  }

  /** A new registration row, before its seats are claimed (its status comes from the claim). */
  newRegistration(input: NewRegistration, context: SessionContextRow, contact: Contact, partySize: number): RegistrationEntity {
    const now = this.clock.now();
    const { email, phone } = contact;
    const hash = email ? contactHash(email) : null;
    return Object.assign(new RegistrationEntity(), {
      id: randomUUID(),
      sessionId: context.id,
      language: languageFor(input.language, context.workshopLanguages),
      name: input.name.trim(),
      email,
      emailHash: hash,
      liveEmailHash: hash,
      contactChannel: contact.channel,
      source: RegistrationSource.ONLINE,
      registeredById: null,
      phone,
      livePhoneHash: phone ? contactHash(phone) : null,
      deskRequestKey: null,
      partySize,
      accessibilityNeeds: input.accessibilityNeeds?.trim() || null,
      shareContactWithPartner: input.shareContactWithPartner ?? false,
      remindersOptIn: input.remindersOptIn ?? true,
      // Follow-up resources go by e-mail only.
      followUpOptIn: contact.channel === ContactChannel.EMAIL && (input.followUpOptIn ?? false),
      manageTokenSalt: this.tokens.newSalt(),
      revision: 0,
      checkedInAt: null,
      promotedAt: null,
      cancelledAt: null,
      purgedAt: null,
      patronNewsAt: now,
      patronToldAt: null,
      createdAt: now,
      updatedAt: now,
    });
  }

  /**
   * The seats, or a place in line (its number). The claim is one conditional update that takes
   * the seats and the ledger row's lock if they fit. When it does not match, it read the last
   * committed counts without waiting: a cancellation committing just then may have freed seats
   * and found nobody waiting. So the row is locked and read again before joining the waitlist, and
   * nobody queues while a seat they fit is free.
   */
  private async claimOrQueue(sessionId: string, seats: number): Promise<number | null> {
    if (await this.ledgerRows.claim(sessionId, seats)) return null;
    const [ledger] = await this.ledgerRows.lock([sessionId]);
    if (!ledger?.accepting) throw new DomainError(ErrorCode.REGISTRATION_CLOSED, 'Registration is closed');
    if (ledger.seatsTaken + seats <= ledger.capacity && (await this.ledgerRows.claim(sessionId, seats))) return null;
    const position = await this.ledgerRows.joinWaitlist(sessionId, seats);
    if (position === null) throw new DomainError(ErrorCode.REGISTRATION_CLOSED, 'Registration is closed');
    return position;
  }
}

/** The settings that decide capacity notices, as the session context row carries them. */
function demandSettings(row: SessionContextRow): DemandSettings {
  const thresholds = typeof row.capacityThresholds === 'string' ? (JSON.parse(row.capacityThresholds) as number[]) : row.capacityThresholds;
  return { capacityThresholds: thresholds.map(Number), waitlistDemandThreshold: Number(row.waitlistDemandThreshold) };
}
