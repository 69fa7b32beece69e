import { MigrationInterface, QueryRunner } from 'typeorm';

export class Boundaries1796017297368 implements MigrationInterface {
  name = 'Boundaries1796017297368';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"boundary_set_status\" AS ENUM('IMPORTING', 'ACTIVE', 'REPLACED')");
    await queryRunner.query(
      'CREATE TABLE "boundary_sets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "level" smallint NOT NULL, "status" "public"."boundary_set_status" NOT NULL, "source" text NOT NULL, "licence" text NOT NULL, "file_name" character varying(2000) NOT NULL, "sha256" character(64) NOT NULL, "feature_count" integer NOT NULL, "region_count" integer NOT NULL, "missing_count" integer NOT NULL, "imported_by" character varying(100) NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "activated_at" TIMESTAMP WITH TIME ZONE, "report" jsonb NOT NULL, CONSTRAINT "boundary_sets_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "boundary_regions" ("set_id" uuid NOT NULL, "region_code" character varying(13) NOT NULL, "parent_code" character varying(13), "geometry_0" text NOT NULL, "geometry_1" text NOT NULL, "geometry_2" text NOT NULL, "points_0" integer NOT NULL, "points_1" integer NOT NULL, "points_2" integer NOT NULL, "min_lon" double precision NOT NULL, "min_lat" double precision NOT NULL, "max_lon" double precision NOT NULL, "max_lat" double precision NOT NULL, "label_lon" double precision NOT NULL, "label_lat" double precision NOT NULL, CONSTRAINT "boundary_regions_pkey" PRIMARY KEY ("set_id", "region_code"))',
    );
    await queryRunner.query('CREATE INDEX "boundary_regions_region_code_idx" ON "boundary_regions"  ("region_code") ');
    await queryRunner.query('CREATE INDEX "boundary_regions_set_parent_idx" ON "boundary_regions"  ("set_id", "parent_code") ');
    await queryRunner.query(
      'ALTER TABLE "boundary_regions" ADD CONSTRAINT "boundary_regions_set_id_fkey" FOREIGN KEY ("set_id") REFERENCES "boundary_sets"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "boundary_regions" ADD CONSTRAINT "boundary_regions_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    // By hand: at most one ACTIVE set per level (a partial unique index; the entity tells TypeORM to leave it be).
    await queryRunner.query(`CREATE UNIQUE INDEX "boundary_sets_active_level_key" ON "boundary_sets" ("level") WHERE "status" = 'ACTIVE'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."boundary_sets_active_level_key"');
    await queryRunner.query('ALTER TABLE "boundary_regions" DROP CONSTRAINT "boundary_regions_region_code_fkey"');
    await queryRunner.query('ALTER TABLE "boundary_regions" DROP CONSTRAINT "boundary_regions_set_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."boundary_regions_set_parent_idx"');
    await queryRunner.query('DROP INDEX "public"."boundary_regions_region_code_idx"');
    await queryRunner.query('DROP TABLE "boundary_regions"');
    await queryRunner.query('DROP TABLE "boundary_sets"');
    await queryRunner.query('DROP TYPE "public"."boundary_set_status"');
  }
}
