import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An agency's dashboard lists the notices sent to it, newest first. */
export class AgencyNotices1764580000000 implements MigrationInterface {
  name = 'AgencyNotices1764580000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX ix_notification_agency_created ON notification (agency_id, created_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX ix_notification_agency_created ON notification');
  }
}
