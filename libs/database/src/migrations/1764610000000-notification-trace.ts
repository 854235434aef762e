import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An outbox row keeps the trace of the change that wrote it, so the mail job continues that trace. */
export class NotificationTrace1764610000000 implements MigrationInterface {
  name = 'NotificationTrace1764610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE notification ADD COLUMN trace_context varchar(55) CHARACTER SET ascii COLLATE ascii_bin NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE notification DROP COLUMN trace_context');
  }
}
