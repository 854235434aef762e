import type { MigrationInterface, QueryRunner } from 'typeorm';

const ID = 'char(36) CHARACTER SET ascii COLLATE ascii_bin';

/** Workshops, their requested and scheduled sessions, review history, and room bookings. */
export class WorkshopsAndBookings1764320000000 implements MigrationInterface {
  name = 'WorkshopsAndBookings1764320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE workshop (
      id ${ID} NOT NULL,
      agency_id ${ID} NOT NULL,
      title varchar(200) NOT NULL,
      summary varchar(500) NOT NULL,
      description text NOT NULL,
      tags json NOT NULL,
      audience json NOT NULL,
      languages json NOT NULL,
      accessibility_notes text NULL,
      capacity int NOT NULL,
      min_attendance int NULL,
      required_features json NOT NULL,
      follow_up_resources text NULL,
      status varchar(20) NOT NULL,
      created_by_id ${ID} NULL,
      submitted_at datetime(3) NULL,
      created_at datetime(3) NOT NULL,
      updated_at datetime(3) NOT NULL,
      PRIMARY KEY (id),
      KEY ix_workshop_status_submitted (status, submitted_at),
      KEY ix_workshop_agency_status (agency_id, status),
      KEY ix_workshop_updated (updated_at, id),
      KEY ix_workshop_title (title, id),
      CONSTRAINT fk_workshop_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
      CONSTRAINT fk_workshop_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id)
    ) ENGINE=InnoDB`);

    await q.query(`CREATE TABLE session_request (
      id ${ID} NOT NULL,
      workshop_id ${ID} NOT NULL,
      position int NOT NULL,
      starts_at datetime(3) NOT NULL,
      ends_at datetime(3) NOT NULL,
      branch_id ${ID} NOT NULL,
      room_id ${ID} NULL,
      recurrence varchar(500) NULL,
      PRIMARY KEY (id),
      KEY ix_session_request_workshop (workshop_id, position),
      CONSTRAINT fk_session_request_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE,
      CONSTRAINT fk_session_request_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
      CONSTRAINT fk_session_request_room FOREIGN KEY (room_id) REFERENCES room (id)
    ) ENGINE=InnoDB`);

    await q.query(`CREATE TABLE session (
      id ${ID} NOT NULL,
      workshop_id ${ID} NOT NULL,
      request_id ${ID} NULL,
      branch_id ${ID} NOT NULL,
      room_id ${ID} NULL,
      starts_at datetime(3) NOT NULL,
      ends_at datetime(3) NOT NULL,
      status varchar(16) NOT NULL,
      capacity int NOT NULL,
      cancellation_reason varchar(1000) NULL,
      created_at datetime(3) NOT NULL,
      updated_at datetime(3) NOT NULL,
      PRIMARY KEY (id),
      KEY ix_session_workshop_start (workshop_id, starts_at),
      KEY ix_session_status_start (status, starts_at, id),
      KEY ix_session_branch_start (branch_id, starts_at),
      CONSTRAINT fk_session_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id),
      CONSTRAINT fk_session_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
      CONSTRAINT fk_session_room FOREIGN KEY (room_id) REFERENCES room (id)
    ) ENGINE=InnoDB`);

    await q.query(`CREATE TABLE review_event (
      id ${ID} NOT NULL,
      workshop_id ${ID} NOT NULL,
      action varchar(24) NOT NULL,
      actor_id ${ID} NULL,
      comment varchar(2000) NULL,
      overrode_load_limits tinyint NOT NULL DEFAULT 0,
      at datetime(3) NOT NULL,
      PRIMARY KEY (id),
      KEY ix_review_event_workshop (workshop_id, at),
      CONSTRAINT fk_review_event_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id),
      CONSTRAINT fk_review_event_actor FOREIGN KEY (actor_id) REFERENCES app_user (id)
    ) ENGINE=InnoDB`);

    await q.query(`CREATE TABLE room_booking (
      id ${ID} NOT NULL,
      room_id ${ID} NOT NULL,
      branch_id ${ID} NOT NULL,
      kind varchar(16) NOT NULL,
      status varchar(16) NOT NULL,
      starts_at datetime(3) NOT NULL,
      ends_at datetime(3) NOT NULL,
      blocked_from datetime(3) NOT NULL,
      blocked_until datetime(3) NOT NULL,
      session_id ${ID} NULL,
      note varchar(1000) NULL,
      created_by_id ${ID} NULL,
      created_at datetime(3) NOT NULL,
      updated_at datetime(3) NOT NULL,
      PRIMARY KEY (id),
      KEY ix_room_booking_room_blocked (room_id, blocked_from, blocked_until, status),
      KEY ix_room_booking_branch_load (branch_id, kind, status, starts_at),
      KEY ix_room_booking_session (session_id),
      CONSTRAINT fk_room_booking_room FOREIGN KEY (room_id) REFERENCES room (id),
      CONSTRAINT fk_room_booking_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
      CONSTRAINT fk_room_booking_session FOREIGN KEY (session_id) REFERENCES session (id),
      CONSTRAINT fk_room_booking_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id)
    ) ENGINE=InnoDB`);

    await q.query(`ALTER TABLE notification
      ADD CONSTRAINT fk_notification_session FOREIGN KEY (session_id) REFERENCES session (id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE notification DROP FOREIGN KEY fk_notification_session');
    for (const table of ['room_booking', 'review_event', 'session', 'session_request', 'workshop']) await q.query(`DROP TABLE ${table}`);
  }
}
