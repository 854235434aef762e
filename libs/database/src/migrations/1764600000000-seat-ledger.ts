import type { MigrationInterface, QueryRunner } from 'typeorm';

const ID = 'char(36) CHARACTER SET ascii COLLATE ascii_bin';
const COUNTERS = ['seats_taken', 'waitlist_length', 'waitlisted_seats', 'checked_in_seats', 'walk_in_count'];

/**
 * The seat ledger leaves the session row for a table of its own, owned by the registrations
 * library. It keeps its copy of the seats offered and whether it accepts registrations, so that a
 * claim is still one conditional update of one row (invariant 2 checked against its own columns).
 */
export class SeatLedger1764600000000 implements MigrationInterface {
  name = 'SeatLedger1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE session_seats (
      session_id ${ID} NOT NULL,
      capacity int NOT NULL,
      accepting tinyint NOT NULL,
      seats_taken int NOT NULL DEFAULT 0,
      waitlist_length int NOT NULL DEFAULT 0,
      waitlisted_seats int NOT NULL DEFAULT 0,
      checked_in_seats int NOT NULL DEFAULT 0,
      walk_in_count int NOT NULL DEFAULT 0,
      PRIMARY KEY (session_id),
      CONSTRAINT fk_session_seats_session FOREIGN KEY (session_id) REFERENCES session (id) ON DELETE CASCADE
    ) ENGINE=InnoDB`);
    await q.query(`INSERT INTO session_seats (session_id, capacity, accepting, ${COUNTERS.join(', ')})
      SELECT id, capacity, status = 'SCHEDULED', ${COUNTERS.join(', ')} FROM session WHERE status <> 'PROPOSED'`);
    // A registration's parent row is its session's ledger row: the claim holds that row's lock, so
    // the insert's foreign-key check waits on nothing else (on the session row, a cancellation
    // holding it and waiting for the ledger would deadlock with the claim).
    await q.query(`ALTER TABLE registration DROP FOREIGN KEY fk_registration_session,
      ADD CONSTRAINT fk_registration_seats FOREIGN KEY (session_id) REFERENCES session_seats (session_id)`);
    await q.query(`ALTER TABLE session ${COUNTERS.map((c) => `DROP COLUMN ${c}`).join(', ')}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE session ${COUNTERS.map((c) => `ADD COLUMN ${c} int NOT NULL DEFAULT 0`).join(', ')}`);
    await q.query(`UPDATE session s JOIN session_seats l ON l.session_id = s.id SET ${COUNTERS.map((c) => `s.${c} = l.${c}`).join(', ')}`);
    await q.query(`ALTER TABLE registration DROP FOREIGN KEY fk_registration_seats,
      ADD CONSTRAINT fk_registration_session FOREIGN KEY (session_id) REFERENCES session (id)`);
    await q.query('DROP TABLE session_seats');
  }
}
