import { MigrationInterface, QueryRunner } from 'typeorm';

export class RefreshGrace1796479623308 implements MigrationInterface {
  name = 'RefreshGrace1796479623308';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "refresh_tokens" ADD "replaced_by" uuid');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "refresh_tokens" DROP COLUMN "replaced_by"');
  }
}
