import { Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '@app/database';

/**
 * What the library must remember about a phone number it texts, kept beyond the purge: only an
 * HMAC of the number (under a key derived from APP_SECRET), whether it asked to stop (STOP) and
 * whether it was already told how to (the first text says so).
 */
@Entity('sms_number')
export class SmsNumberEntity {
  @PrimaryColumn({ type: 'char', length: 43, charset: 'ascii', collation: 'ascii_bin' })
  numberHmac!: string;

  /** Set while the number has opted out of every text. */
  @InstantColumn({ nullable: true })
  stoppedAt!: Date | null;

  /** When the first text that says how to stop went out. */
  @InstantColumn({ nullable: true })
  introducedAt!: Date | null;

  @InstantColumn()
  updatedAt!: Date;
}
