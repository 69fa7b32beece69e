import { MigrationInterface, QueryRunner } from 'typeorm';

export class ActivitiesUpdatedAtIndex1795954596115 implements MigrationInterface {
  name = 'ActivitiesUpdatedAtIndex1795954596115';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "activities_updated_at_id_idx" ON "activities"  ("updated_at", "id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."activities_updated_at_id_idx"');
  }
}
