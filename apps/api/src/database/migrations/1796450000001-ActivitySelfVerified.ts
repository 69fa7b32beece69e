import { MigrationInterface, QueryRunner } from 'typeorm';

export class ActivitySelfVerified1796450000001 implements MigrationInterface {
  name = 'ActivitySelfVerified1796450000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "activities" ADD "self_verified" boolean NOT NULL DEFAULT false');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "activities" DROP COLUMN "self_verified"');
  }
}
