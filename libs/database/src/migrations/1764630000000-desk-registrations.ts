import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registrations made by desk staff: how the patron is reached (EMAIL or NONE for now), where it
 * was made and by whom, a call-back number, and the key that makes a repeated desk request
 * return the first receipt.
 */
export class DeskRegistrations1764630000000 implements MigrationInterface {
  name = 'DeskRegistrations1764630000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE registration
      ADD COLUMN contact_channel varchar(8) NOT NULL DEFAULT 'EMAIL',
      ADD COLUMN source varchar(8) NOT NULL DEFAULT 'ONLINE',
      ADD COLUMN registered_by_id char(36) CHARACTER SET ascii COLLATE ascii_bin NULL,
      ADD COLUMN phone varchar(16) CHARACTER SET ascii COLLATE ascii_bin NULL,
      ADD COLUMN live_phone_hash char(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
      ADD COLUMN desk_request_key char(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
      ADD UNIQUE KEY uq_registration_live_phone (session_id, live_phone_hash),
      ADD UNIQUE KEY uq_registration_desk_request (desk_request_key)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE registration
      DROP INDEX uq_registration_live_phone, DROP INDEX uq_registration_desk_request,
      DROP COLUMN contact_channel, DROP COLUMN source, DROP COLUMN registered_by_id, DROP COLUMN phone,
      DROP COLUMN live_phone_hash, DROP COLUMN desk_request_key`);
  }
}
