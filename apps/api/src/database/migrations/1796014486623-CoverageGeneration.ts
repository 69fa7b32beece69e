import { MigrationInterface, QueryRunner } from 'typeorm';

export class CoverageGeneration1796014486623 implements MigrationInterface {
  name = 'CoverageGeneration1796014486623';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE "coverage_generation" ("id" smallint NOT NULL, "value" bigint NOT NULL, CONSTRAINT "PK_1e3e89d16258c4e7161abb0a464" PRIMARY KEY ("id"))');
    // The table's one row is part of its definition, not data: without it there is nothing to bump.
    await queryRunner.query('INSERT INTO "coverage_generation" ("id", "value") VALUES (1, 0)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "coverage_generation"');
  }
}
