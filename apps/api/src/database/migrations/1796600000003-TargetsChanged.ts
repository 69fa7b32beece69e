import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['targets', 'programme_items', 'programme_frameworks'];

/**
 * Every statement that writes targets, or the programme items and frameworks a target names, notifies
 * `targets_changed` (at commit), so each API instance forgets the target rows it keeps (target.service.ts).
 */
export class TargetsChanged1796600000003 implements MigrationInterface {
  name = 'TargetsChanged1796600000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION targets_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('targets_changed', '');
  RETURN NULL;
END $$`);
    for (const table of TABLES) {
      await queryRunner.query(`CREATE TRIGGER targets_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION targets_changed()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TRIGGER targets_changed ON "${table}"`);
    await queryRunner.query('DROP FUNCTION targets_changed()');
  }
}
