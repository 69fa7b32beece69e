import { MigrationInterface, QueryRunner } from 'typeorm';

export class Coverage1796013900099 implements MigrationInterface {
  name = 'Coverage1796013900099';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "coverage_activities" ("activity_id" uuid NOT NULL, "day" date NOT NULL, "lead_agency_id" uuid NOT NULL, "agency_ids" uuid array NOT NULL, "type" "public"."activity_type" NOT NULL, "programme_item_ids" uuid array NOT NULL, "reach_codes" character varying array NOT NULL, "participants" integer NOT NULL, "officials" integer NOT NULL, CONSTRAINT "PK_c162c8214de673a75bbc22c0b98" PRIMARY KEY ("activity_id"))',
    );
    await queryRunner.query('CREATE INDEX "coverage_activities_day_idx" ON "coverage_activities"  ("day") ');
    await queryRunner.query(
      'CREATE TABLE "coverage_reach" ("activity_id" uuid NOT NULL, "village_code" character varying(13) NOT NULL, "day" date NOT NULL, "lead_agency_id" uuid NOT NULL, "agency_ids" uuid array NOT NULL, "type" "public"."activity_type" NOT NULL, "programme_item_ids" uuid array NOT NULL, CONSTRAINT "PK_a139ac5bfd0925143973a365204" PRIMARY KEY ("activity_id", "village_code"))',
    );
    await queryRunner.query('CREATE INDEX "coverage_reach_day_idx" ON "coverage_reach"  ("day") ');
    await queryRunner.query(
      'CREATE TABLE "coverage_village_months" ("village_code" character varying(13) NOT NULL, "month" date NOT NULL, "activities" integer NOT NULL, "last_day" date NOT NULL, CONSTRAINT "PK_2aa63262bba35b9dab707b54e51" PRIMARY KEY ("village_code", "month"))',
    );
    await queryRunner.query('CREATE INDEX "coverage_village_months_month_idx" ON "coverage_village_months"  ("month") ');
    await queryRunner.query(
      'CREATE TABLE "coverage_region_periods" ("region_code" character varying(13) NOT NULL, "period" character varying(7) NOT NULL, "villages_reached" integer NOT NULL, CONSTRAINT "PK_9f49274921bf2c6e219e8bdf85e" PRIMARY KEY ("region_code", "period"))',
    );
    await queryRunner.query('CREATE TYPE "public"."desa_binaan_status" AS ENUM(\'ACTIVE\', \'ENDED\')');
    await queryRunner.query(
      'CREATE TABLE "desa_binaan" ("version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "village_code" character varying(13) NOT NULL, "sk_number" character varying(120) NOT NULL, "sk_date" date NOT NULL, "officer_user_id" uuid, "officer_name" character varying(200) NOT NULL, "status" "public"."desa_binaan_status" NOT NULL DEFAULT \'ACTIVE\', "notes" text NOT NULL DEFAULT \'\', CONSTRAINT "PK_a9face5312119690ccf8a0b3ed7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "desa_binaan_village_code_idx" ON "desa_binaan"  ("village_code") ');
    await queryRunner.query('CREATE INDEX "desa_binaan_sk_date_idx" ON "desa_binaan"  ("sk_date") ');
    await queryRunner.query('CREATE UNIQUE INDEX "desa_binaan_agency_village_key" ON "desa_binaan"  ("agency_id", "village_code") ');
    await queryRunner.query("CREATE TYPE \"public\".\"indicator\" AS ENUM('ACTIVITIES', 'VILLAGES_REACHED', 'COVERAGE_RATIO', 'PARTICIPANTS', 'OFFICIALS_REACHED', 'DESA_BINAAN_FORMED')");
    await queryRunner.query(
      'CREATE TABLE "targets" ("version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "period" character varying(7) NOT NULL, "indicator" "public"."indicator" NOT NULL, "programme_item_id" uuid, "value" numeric(12,4) NOT NULL, CONSTRAINT "PK_87084f49e9de9dd6a3e83906584" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('ALTER TABLE "programme_items" ADD "indicators" "public"."indicator" array NOT NULL DEFAULT \'{}\'');
    await queryRunner.query(
      'ALTER TABLE "coverage_activities" ADD CONSTRAINT "coverage_activities_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "coverage_reach" ADD CONSTRAINT "coverage_reach_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "coverage_activities"("activity_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "coverage_reach" ADD CONSTRAINT "coverage_reach_village_code_fkey" FOREIGN KEY ("village_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "desa_binaan" ADD CONSTRAINT "desa_binaan_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "desa_binaan" ADD CONSTRAINT "desa_binaan_village_code_fkey" FOREIGN KEY ("village_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "desa_binaan" ADD CONSTRAINT "desa_binaan_officer_user_id_fkey" FOREIGN KEY ("officer_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query('ALTER TABLE "targets" ADD CONSTRAINT "targets_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION');
    await queryRunner.query(
      'ALTER TABLE "targets" ADD CONSTRAINT "targets_programme_item_id_fkey" FOREIGN KEY ("programme_item_id") REFERENCES "programme_items"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    // By hand: what TypeORM cannot express (GIN, pattern operator classes, an expression key).
    await queryRunner.query('CREATE INDEX "coverage_activities_reach_codes_idx" ON "coverage_activities" USING gin ("reach_codes")');
    await queryRunner.query('CREATE INDEX "coverage_activities_agency_ids_idx" ON "coverage_activities" USING gin ("agency_ids")');
    await queryRunner.query('CREATE INDEX "coverage_reach_village_day_idx" ON "coverage_reach" ("village_code" varchar_pattern_ops, "day")');
    await queryRunner.query(
      'CREATE INDEX "coverage_village_months_code_month_idx" ON "coverage_village_months" ("village_code" varchar_pattern_ops, "month") INCLUDE ("last_day", "activities")',
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "targets_agency_period_indicator_item_key" ON "targets" ("agency_id", "period", "indicator", coalesce("programme_item_id", '00000000-0000-0000-0000-000000000000'::uuid))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."targets_agency_period_indicator_item_key"');
    await queryRunner.query('DROP INDEX "public"."coverage_village_months_code_month_idx"');
    await queryRunner.query('DROP INDEX "public"."coverage_reach_village_day_idx"');
    await queryRunner.query('DROP INDEX "public"."coverage_activities_agency_ids_idx"');
    await queryRunner.query('DROP INDEX "public"."coverage_activities_reach_codes_idx"');
    await queryRunner.query('ALTER TABLE "targets" DROP CONSTRAINT "targets_programme_item_id_fkey"');
    await queryRunner.query('ALTER TABLE "targets" DROP CONSTRAINT "targets_agency_id_fkey"');
    await queryRunner.query('ALTER TABLE "desa_binaan" DROP CONSTRAINT "desa_binaan_officer_user_id_fkey"');
    await queryRunner.query('ALTER TABLE "desa_binaan" DROP CONSTRAINT "desa_binaan_village_code_fkey"');
    await queryRunner.query('ALTER TABLE "desa_binaan" DROP CONSTRAINT "desa_binaan_agency_id_fkey"');
    await queryRunner.query('ALTER TABLE "coverage_reach" DROP CONSTRAINT "coverage_reach_village_code_fkey"');
    await queryRunner.query('ALTER TABLE "coverage_reach" DROP CONSTRAINT "coverage_reach_activity_id_fkey"');
    await queryRunner.query('ALTER TABLE "coverage_activities" DROP CONSTRAINT "coverage_activities_activity_id_fkey"');
    await queryRunner.query('ALTER TABLE "programme_items" DROP COLUMN "indicators"');
    await queryRunner.query('DROP TABLE "targets"');
    await queryRunner.query('DROP TYPE "public"."indicator"');
    await queryRunner.query('DROP INDEX "public"."desa_binaan_agency_village_key"');
    await queryRunner.query('DROP INDEX "public"."desa_binaan_sk_date_idx"');
    await queryRunner.query('DROP INDEX "public"."desa_binaan_village_code_idx"');
    await queryRunner.query('DROP TABLE "desa_binaan"');
    await queryRunner.query('DROP TYPE "public"."desa_binaan_status"');
    await queryRunner.query('DROP TABLE "coverage_region_periods"');
    await queryRunner.query('DROP INDEX "public"."coverage_village_months_month_idx"');
    await queryRunner.query('DROP TABLE "coverage_village_months"');
    await queryRunner.query('DROP INDEX "public"."coverage_reach_day_idx"');
    await queryRunner.query('DROP TABLE "coverage_reach"');
    await queryRunner.query('DROP INDEX "public"."coverage_activities_day_idx"');
    await queryRunner.query('DROP TABLE "coverage_activities"');
  }
}
