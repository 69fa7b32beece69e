import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportSchedules1796513938621 implements MigrationInterface {
  name = 'ReportSchedules1796513938621';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "report_schedules" ("version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "saved_report_id" uuid NOT NULL, "owner_id" uuid NOT NULL, "frequency" character varying(20) NOT NULL, "format" character varying(10) NOT NULL, "recipient_ids" uuid array NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_603f9cdaaf4c1193d7399c1e79c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "report_schedules_saved_report_id_key" ON "report_schedules"  ("saved_report_id") ');
    await queryRunner.query('ALTER TABLE "mail_outbox" ADD "attachment" bytea');
    await queryRunner.query('ALTER TABLE "mail_outbox" ADD "attachment_name" character varying(200)');
    await queryRunner.query('ALTER TABLE "mail_outbox" ADD "attachment_type" character varying(100)');
    await queryRunner.query(
      'ALTER TABLE "report_schedules" ADD CONSTRAINT "report_schedules_saved_report_id_fkey" FOREIGN KEY ("saved_report_id") REFERENCES "saved_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "report_schedules" ADD CONSTRAINT "report_schedules_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "report_schedules" DROP CONSTRAINT "report_schedules_owner_id_fkey"');
    await queryRunner.query('ALTER TABLE "report_schedules" DROP CONSTRAINT "report_schedules_saved_report_id_fkey"');
    await queryRunner.query('ALTER TABLE "mail_outbox" DROP COLUMN "attachment_type"');
    await queryRunner.query('ALTER TABLE "mail_outbox" DROP COLUMN "attachment_name"');
    await queryRunner.query('ALTER TABLE "mail_outbox" DROP COLUMN "attachment"');
    await queryRunner.query('DROP INDEX "public"."report_schedules_saved_report_id_key"');
    await queryRunner.query('DROP TABLE "report_schedules"');
  }
}
