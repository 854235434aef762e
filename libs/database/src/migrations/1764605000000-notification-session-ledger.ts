import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A message about a session references the session's seat ledger row, not the session row. Patron
 * messages are written while the claim holds the ledger row's lock; checking a reference to the
 * session row would take a lock on it too, and a session change (which locks the session row,
 * then the ledger row) would deadlock with the claim. Messages about sessions are only ever about
 * scheduled ones, which all have a ledger row.
 */
export class NotificationSessionLedger1764605000000 implements MigrationInterface {
  name = 'NotificationSessionLedger1764605000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE notification DROP FOREIGN KEY fk_notification_session');
    await q.query(
      'UPDATE notification n LEFT JOIN session_seats l ON l.session_id = n.session_id SET n.session_id = NULL WHERE n.session_id IS NOT NULL AND l.session_id IS NULL',
    );
    await q.query(
      'ALTER TABLE notification ADD CONSTRAINT fk_notification_seats FOREIGN KEY (session_id) REFERENCES session_seats (session_id)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE notification DROP FOREIGN KEY fk_notification_seats');
    await q.query('ALTER TABLE notification ADD CONSTRAINT fk_notification_session FOREIGN KEY (session_id) REFERENCES session (id)');
  }
}
