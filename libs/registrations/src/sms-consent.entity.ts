import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '@app/database';

/** How a patron agreed to texts: on the web form, or aloud to staff at the desk or on the phone. */
export enum ConsentMethod {
  WEB_FORM = 'WEB_FORM',
  DESK = 'DESK',
  PHONE = 'PHONE',
}

export enum ConsentAction {
  GIVEN = 'GIVEN',
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * A patron's consent to text messages about one registration, given or withdrawn (US rules:
 * express consent, revocable by any reasonable means): how, with which staff user, to which
 * version of the consent text, and when. Kept past the purge: it holds no personal data.
 */
@Entity('sms_consent')
@Index('ix_sms_consent_registration', ['registrationId', 'recordedAt'])
export class SmsConsentEntity {
  @IdColumn()
  id!: string;

  @RefColumn()
  registrationId!: string;

  @Column({ type: 'varchar', length: 16 })
  action!: ConsentAction;

  @Column({ type: 'varchar', length: 16 })
  method!: ConsentMethod;

  @RefColumn({ nullable: true })
  staffUserId!: string | null;

  @Column({ type: 'varchar', length: 32, charset: 'ascii', collation: 'ascii_bin' })
  textVersion!: string;

  @InstantColumn()
  recordedAt!: Date;
}
