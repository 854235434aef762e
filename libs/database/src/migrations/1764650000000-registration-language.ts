import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The language of a patron's messages, slip and page; registrations before it were all English. */
export class RegistrationLanguage1764650000000 implements MigrationInterface {
  name = 'RegistrationLanguage1764650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE registration ADD COLUMN language varchar(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT 'en'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE registration DROP COLUMN language`);
  }
}
