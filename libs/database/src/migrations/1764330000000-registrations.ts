import type { MigrationInterface, QueryRunner } from 'typeorm';

const ID = 'char(36) CHARACTER SET ascii COLLATE ascii_bin';

/** Settings, seat counts on sessions, and patrons' registrations. */
export class Registrations1764330000000 implements MigrationInterface {
  name = 'Registrations1764330000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE settings (
      id tinyint NOT NULL,
      reminder_lead_minutes json NOT NULL,
      capacity_thresholds json NOT NULL,
      waitlist_demand_threshold int NOT NULL,
      low_registration_lead_hours int NOT NULL,
      retention_days int NOT NULL,
      registration_opens_days_before int NULL,
      registration_closes_minutes_before int NOT NULL,
      updated_at datetime(3) NOT NULL,
      PRIMARY KEY (id)
    ) ENGINE=InnoDB`);
    await q.query(`INSERT INTO settings VALUES (1, '[1440,120]', '[0.8,1]', 5, 48, 30, NULL, 0, UTC_TIMESTAMP(3))`);

    await q.query(`ALTER TABLE session
      ADD COLUMN seats_taken int NOT NULL DEFAULT 0,
      ADD COLUMN waitlist_length int NOT NULL DEFAULT 0,
      ADD COLUMN waitlisted_seats int NOT NULL DEFAULT 0,
      ADD COLUMN checked_in_seats int NOT NULL DEFAULT 0,
      ADD COLUMN walk_in_count int NOT NULL DEFAULT 0,
      ADD COLUMN registration_opens_at datetime(3) NULL,
      ADD COLUMN registration_closes_at datetime(3) NULL,
      ADD COLUMN revision int NOT NULL DEFAULT 0`);

    await q.query(`CREATE TABLE registration (
      id ${ID} NOT NULL,
      seq bigint NOT NULL AUTO_INCREMENT,
      session_id ${ID} NOT NULL,
      status varchar(16) NOT NULL,
      name varchar(200) NULL,
      email varchar(254) NULL,
      email_hash char(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
      live_email_hash char(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
      party_size tinyint NOT NULL,
      accessibility_needs varchar(2000) NULL,
      share_contact_with_partner tinyint NOT NULL DEFAULT 0,
      reminders_opt_in tinyint NOT NULL DEFAULT 1,
      follow_up_opt_in tinyint NOT NULL DEFAULT 0,
      manage_token_hash char(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      manage_token_salt char(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      revision int NOT NULL DEFAULT 0,
      checked_in_at datetime(3) NULL,
      promoted_at datetime(3) NULL,
      cancelled_at datetime(3) NULL,
      purged_at datetime(3) NULL,
      created_at datetime(3) NOT NULL,
      updated_at datetime(3) NOT NULL,
      PRIMARY KEY (id),
      UNIQUE KEY uq_registration_seq (seq),
      UNIQUE KEY uq_registration_live_email (session_id, live_email_hash),
      UNIQUE KEY uq_registration_token (manage_token_hash),
      KEY ix_registration_session_status (session_id, status, seq),
      KEY ix_registration_email (email_hash),
      CONSTRAINT fk_registration_session FOREIGN KEY (session_id) REFERENCES session (id)
    ) ENGINE=InnoDB`);

    await q.query(`ALTER TABLE notification
      ADD CONSTRAINT fk_notification_registration FOREIGN KEY (registration_id) REFERENCES registration (id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE notification DROP FOREIGN KEY fk_notification_registration');
    await q.query('DROP TABLE registration');
    await q.query(`ALTER TABLE session
      DROP COLUMN seats_taken, DROP COLUMN waitlist_length, DROP COLUMN waitlisted_seats, DROP COLUMN checked_in_seats,
      DROP COLUMN walk_in_count, DROP COLUMN registration_opens_at, DROP COLUMN registration_closes_at, DROP COLUMN revision`);
    await q.query('DROP TABLE settings');
  }
}
