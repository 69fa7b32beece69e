import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every move of the coverage generation notifies `coverage_changed` with the new value (at commit), so each API
 * instance knows the current generation without reading it on every request (modules/coverage/coverage-cache.ts).
 */
export class CoverageChanged1796600000001 implements MigrationInterface {
  name = 'CoverageChanged1796600000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION coverage_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('coverage_changed', NEW.value::text);
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER coverage_changed AFTER INSERT OR UPDATE ON "coverage_generation" FOR EACH ROW EXECUTE FUNCTION coverage_changed()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER coverage_changed ON "coverage_generation"`);
    await queryRunner.query('DROP FUNCTION coverage_changed()');
  }
}
