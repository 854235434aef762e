import type { MigrationInterface, QueryRunner } from 'typeorm';

const ID = 'char(36) CHARACTER SET ascii COLLATE ascii_bin';

/** Identity, places, partner agencies and the notification outbox. */
export class Platform1764310000000 implements MigrationInterface {
  name = 'Platform1764310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE branch (
      id ${ID} NOT NULL,
      name varchar(200) NOT NULL,
      time_zone varchar(64) NOT NULL,
      address varchar(500) NULL,
      opening_hours json NOT NULL,
      max_sessions_per_day int NULL,
      max_evening_sessions_per_week int NULL,
      evening_starts_at char(5) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '18:00',
      created_at datetime(3) NOT NULL,
      updated_at datetime(3) NOT NULL,
      PRIMARY KEY (id),
      UNIQUE KEY uq_branch_name (name)
    ) ENGINE=InnoDB`);

    await q.query(`CREATE TABLE room (
      id ${ID} NOT NULL,
      branch_id ${ID} NOT NULL,
      name varchar(200) NOT NULL,
      capacity int NOT NULL,
      features json NOT NULL,
      setup_minutes smallint NOT NULL DEFAULT 0,
      cleanup_minutes smallint NOT NULL DEFAULT 0,
      active tinyint NOT NULL DEFAULT 1,
      created_at datetime(3) NOT NULL,
      updated_at datetime(3) NOT NULL,
      PRIMARY KEY (id),
      UNIQUE KEY uq_room_branch_name (branch_id, name),
      CONSTRAINT fk_room_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
    ) ENGINE=InnoDB`);

    await q.query(`CREATE TABLE closure (
      id ${ID} NOT NULL,
      branch_id ${ID} NOT NULL,
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      reason varchar(500) NULL,
      created_at datetime(3) NOT NULL,
      PRIMARY KEY (id),
      KEY ix_closure_branch_dates (branch_id, starts_on),
      CONSTRAINT fk_closure_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
    ) ENGINE=InnoDB`);

    await q.query(`CREATE TABLE agency (
      id ${ID} NOT NULL,
      name varchar(200) NOT NULL,
      kind varchar(32) NOT NULL,
      description text NULL,
      contact_email varchar(254) NOT NULL,
      phone varchar(50) NULL,
      website varchar(500) NULL,
      status varchar(16) NOT NULL,
      status_reason varchar(1000) NULL,
      verified_at datetime(3) NULL,
      created_at datetime(3) NOT NULL,
      updated_at datetime(3) NOT NULL,
      PRIMARY KEY (id),
      KEY ix_agency_status (status)
    ) ENGINE=InnoDB`);

    await q.query(`CREATE TABLE app_user (
      id ${ID} NOT NULL,
      email varchar(254) NOT NULL,
      display_name varchar(200) NOT NULL,
      role varchar(16) NOT NULL,
      agency_id ${ID} NULL,
      password_hash varchar(255) NULL,
      active tinyint NOT NULL DEFAULT 1,
      token_version int NOT NULL DEFAULT 0,
      created_at datetime(3) NOT NULL,
      updated_at datetime(3) NOT NULL,
      PRIMARY KEY (id),
      UNIQUE KEY uq_app_user_email (email),
      KEY ix_app_user_agency (agency_id),
      CONSTRAINT fk_app_user_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
    ) ENGINE=InnoDB`);

    await q.query(`CREATE TABLE user_branch (
      user_id ${ID} NOT NULL,
      branch_id ${ID} NOT NULL,
      PRIMARY KEY (user_id, branch_id),
      KEY ix_user_branch_branch (branch_id),
      CONSTRAINT fk_user_branch_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
      CONSTRAINT fk_user_branch_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
    ) ENGINE=InnoDB`);

    await q.query(`CREATE TABLE account_token (
      id ${ID} NOT NULL,
      user_id ${ID} NOT NULL,
      purpose varchar(20) NOT NULL,
      salt char(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      token_hash char(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      expires_at datetime(3) NOT NULL,
      used_at datetime(3) NULL,
      created_at datetime(3) NOT NULL,
      PRIMARY KEY (id),
      UNIQUE KEY uq_account_token_hash (token_hash),
      KEY ix_account_token_user (user_id),
      CONSTRAINT fk_account_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
    ) ENGINE=InnoDB`);

    await q.query(`CREATE TABLE notification (
      id ${ID} NOT NULL,
      kind varchar(32) NOT NULL,
      status varchar(16) NOT NULL,
      recipient varchar(254) NULL,
      recipient_user_id ${ID} NULL,
      agency_id ${ID} NULL,
      session_id ${ID} NULL,
      registration_id ${ID} NULL,
      subject varchar(300) NOT NULL,
      params json NOT NULL,
      dedupe_key varchar(191) NULL,
      due_at datetime(3) NOT NULL,
      relayed_at datetime(3) NULL,
      relay_count int NOT NULL DEFAULT 0,
      attempts int NOT NULL DEFAULT 0,
      lease_until datetime(3) NULL,
      last_error varchar(1000) NULL,
      sent_at datetime(3) NULL,
      message_id varchar(255) NULL,
      created_at datetime(3) NOT NULL,
      updated_at datetime(3) NOT NULL,
      PRIMARY KEY (id),
      UNIQUE KEY uq_notification_dedupe (dedupe_key),
      KEY ix_notification_status_due (status, due_at),
      KEY ix_notification_created (created_at),
      KEY ix_notification_session (session_id),
      KEY ix_notification_registration (registration_id)
    ) ENGINE=InnoDB`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['notification', 'account_token', 'user_branch', 'app_user', 'agency', 'closure', 'room', 'branch']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
