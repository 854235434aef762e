import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A branch's country (how local phone numbers are read) and its public phone number. */
export class BranchContact1764620000000 implements MigrationInterface {
  name = 'BranchContact1764620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      "ALTER TABLE branch ADD COLUMN country char(2) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT 'US', ADD COLUMN phone varchar(16) CHARACTER SET ascii COLLATE ascii_bin NULL",
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE branch DROP COLUMN country, DROP COLUMN phone');
  }
}
