import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every statement that writes topics notifies `topics_changed` (at commit), so each API instance forgets the topic
 * list it keeps (modules/activity/reference-lists.ts).
 */
export class TopicsChanged1796600000004 implements MigrationInterface {
  name = 'TopicsChanged1796600000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION topics_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('topics_changed', '');
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER topics_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "topics" FOR EACH STATEMENT EXECUTE FUNCTION topics_changed()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER topics_changed ON "topics"');
    await queryRunner.query('DROP FUNCTION topics_changed()');
  }
}
