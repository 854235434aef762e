import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a patron knows where they stand: when their news last changed (registered, promoted,
 * cancelled, their session moved or was cancelled) and when the library last told them itself
 * (at the desk, on the phone). The desk's "not notified" list reads both beside the messages.
 */
export class PatronNotices1764640000000 implements MigrationInterface {
  name = 'PatronNotices1764640000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE registration
      ADD COLUMN patron_news_at datetime(3) NULL,
      ADD COLUMN patron_told_at datetime(3) NULL`);
    await q.query(`UPDATE registration SET patron_news_at = COALESCE(cancelled_at, promoted_at, created_at),
      patron_told_at = CASE WHEN source <> 'ONLINE' AND promoted_at IS NULL AND cancelled_at IS NULL THEN created_at END`);
    await q.query(`ALTER TABLE registration MODIFY patron_news_at datetime(3) NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE registration DROP COLUMN patron_news_at, DROP COLUMN patron_told_at`);
  }
}
