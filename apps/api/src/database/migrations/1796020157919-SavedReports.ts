import { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedReports1796020157919 implements MigrationInterface {
  name = 'SavedReports1796020157919';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "saved_reports" ("version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "definition" jsonb NOT NULL, CONSTRAINT "PK_ab9983395681688e8d042fbe12e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "saved_reports_owner_id_idx" ON "saved_reports"  ("owner_id") ');
    await queryRunner.query(
      'ALTER TABLE "saved_reports" ADD CONSTRAINT "saved_reports_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "saved_reports" DROP CONSTRAINT "saved_reports_owner_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."saved_reports_owner_id_idx"');
    await queryRunner.query('DROP TABLE "saved_reports"');
  }
}
