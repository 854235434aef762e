import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Text messages: a notification's channel and, for texts, when the gateway said the phone got
 * it; the numbers the library texts (an HMAC of each: the opt-out list and "told how to stop",
 * kept past the purge); the consent records of texting patrons; and each registration's short
 * link for texts and slips.
 */
export class TextMessages1764660000000 implements MigrationInterface {
  name = 'TextMessages1764660000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification
      ADD COLUMN channel varchar(8) NOT NULL DEFAULT 'EMAIL',
      ADD COLUMN delivered_at datetime(3) NULL,
      ADD INDEX ix_notification_message (message_id),
      ADD INDEX ix_notification_channel_recipient (channel, recipient, status)`);
    await q.query(`CREATE TABLE sms_number (
      number_hmac char(43) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      stopped_at datetime(3) NULL,
      introduced_at datetime(3) NULL,
      updated_at datetime(3) NOT NULL,
      PRIMARY KEY (number_hmac)
    ) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE sms_consent (
      id char(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      registration_id char(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      action varchar(16) NOT NULL,
      method varchar(16) NOT NULL,
      staff_user_id char(36) CHARACTER SET ascii COLLATE ascii_bin NULL,
      text_version varchar(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      recorded_at datetime(3) NOT NULL,
      PRIMARY KEY (id),
      KEY ix_sms_consent_registration (registration_id, recorded_at)
    ) ENGINE=InnoDB`);
    await q.query(`ALTER TABLE registration
      ADD COLUMN short_code_hash char(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
      ADD UNIQUE KEY uq_registration_short_code (short_code_hash),
      ADD INDEX ix_registration_phone (phone)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE registration DROP INDEX uq_registration_short_code, DROP INDEX ix_registration_phone, DROP COLUMN short_code_hash`,
    );
    await q.query(`DROP TABLE sms_consent`);
    await q.query(`DROP TABLE sms_number`);
    await q.query(`ALTER TABLE notification DROP INDEX ix_notification_message, DROP INDEX ix_notification_channel_recipient,
      DROP COLUMN channel, DROP COLUMN delivered_at`);
  }
}
