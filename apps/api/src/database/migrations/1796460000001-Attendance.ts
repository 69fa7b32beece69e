import { MigrationInterface, QueryRunner } from 'typeorm';

export class Attendance1796460000001 implements MigrationInterface {
  name = 'Attendance1796460000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "activity_attendance" ("activity_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "region_code" character varying(13) NOT NULL, "category" "public"."participant_category" NOT NULL, "male" integer NOT NULL DEFAULT \'0\', "female" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_a69dc637a2ed53bfc6d02859377" PRIMARY KEY ("activity_id", "agency_id", "region_code", "category"))',
    );
    await queryRunner.query('CREATE INDEX "activity_attendance_region_code_idx" ON "activity_attendance"  ("region_code") ');
    await queryRunner.query(
      'CREATE TABLE "coverage_attendance" ("activity_id" uuid NOT NULL, "region_code" character varying(13) NOT NULL, "category" "public"."participant_category" NOT NULL, "counted_in" character varying array NOT NULL, "rest" boolean NOT NULL DEFAULT false, "male" integer NOT NULL, "female" integer NOT NULL, CONSTRAINT "PK_50a7d2ac9abbfa86b75c7d3021d" PRIMARY KEY ("activity_id", "region_code", "category"))',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_attendance" ADD CONSTRAINT "activity_attendance_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_attendance" ADD CONSTRAINT "activity_attendance_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_attendance" ADD CONSTRAINT "activity_attendance_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "coverage_attendance" ADD CONSTRAINT "coverage_attendance_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "coverage_activities"("activity_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // By hand: GIN, which TypeORM cannot express ("counts in this area" is `counted_in && $area`).
    await queryRunner.query('CREATE INDEX "coverage_attendance_counted_in_idx" ON "coverage_attendance" USING gin ("counted_in")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."coverage_attendance_counted_in_idx"');
    await queryRunner.query('ALTER TABLE "coverage_attendance" DROP CONSTRAINT "coverage_attendance_activity_id_fkey"');
    await queryRunner.query('ALTER TABLE "activity_attendance" DROP CONSTRAINT "activity_attendance_region_code_fkey"');
    await queryRunner.query('ALTER TABLE "activity_attendance" DROP CONSTRAINT "activity_attendance_agency_id_fkey"');
    await queryRunner.query('ALTER TABLE "activity_attendance" DROP CONSTRAINT "activity_attendance_activity_id_fkey"');
    await queryRunner.query('DROP TABLE "coverage_attendance"');
    await queryRunner.query('DROP INDEX "public"."activity_attendance_region_code_idx"');
    await queryRunner.query('DROP TABLE "activity_attendance"');
  }
}
