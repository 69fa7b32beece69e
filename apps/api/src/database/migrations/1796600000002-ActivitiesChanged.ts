import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['activities', 'activity_agencies', 'activity_programme_items', 'activity_topics'];

/**
 * Every statement that writes activities or what the activity list filters them by notifies `activities_changed`
 * (at commit; PostgreSQL folds a transaction's identical notifications into one), so each API instance forgets the
 * activity counts it keeps (modules/activity/activity-count-cache.ts).
 */
export class ActivitiesChanged1796600000002 implements MigrationInterface {
  name = 'ActivitiesChanged1796600000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION activities_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('activities_changed', '');
  RETURN NULL;
END $$`);
    for (const table of TABLES) {
      await queryRunner.query(`CREATE TRIGGER activities_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION activities_changed()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TRIGGER activities_changed ON "${table}"`);
    await queryRunner.query('DROP FUNCTION activities_changed()');
  }
}
