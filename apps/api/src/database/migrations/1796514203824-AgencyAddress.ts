import { MigrationInterface, QueryRunner } from 'typeorm';

export class AgencyAddress1796514203824 implements MigrationInterface {
  name = 'AgencyAddress1796514203824';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "agencies" ADD "address" character varying(300)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "agencies" DROP COLUMN "address"');
  }
}
