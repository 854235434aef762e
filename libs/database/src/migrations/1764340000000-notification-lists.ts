import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Coordinators list notifications newest first, often by status (the failed ones) or by session. */
export class NotificationLists1764340000000 implements MigrationInterface {
  name = 'NotificationLists1764340000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX ix_notification_status_created ON notification (status, created_at)');
    await q.query('CREATE INDEX ix_notification_session_created ON notification (session_id, created_at)');
    await q.query('DROP INDEX ix_notification_session ON notification');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX ix_notification_session ON notification (session_id)');
    await q.query('DROP INDEX ix_notification_session_created ON notification');
    await q.query('DROP INDEX ix_notification_status_created ON notification');
  }
}
