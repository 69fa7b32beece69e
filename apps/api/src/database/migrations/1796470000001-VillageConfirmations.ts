import { MigrationInterface, QueryRunner } from 'typeorm';

export class VillageConfirmations1796470000001 implements MigrationInterface {
  name = 'VillageConfirmations1796470000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."village_confirmation_answer" AS ENUM(\'CONFIRMED\', \'DISPUTED\')');
    await queryRunner.query(
      'CREATE TABLE "activity_village_confirmations" ("version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "activity_id" uuid NOT NULL, "village_code" character varying(13) NOT NULL, "answer" "public"."village_confirmation_answer" NOT NULL, "note" text NOT NULL DEFAULT \'\', "agency_id" uuid NOT NULL, "answered_by" uuid NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "response" text, "responded_by" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cd2238155a2e143b9f6b60cf958" PRIMARY KEY ("activity_id", "village_code"))',
    );
    await queryRunner.query('CREATE INDEX "activity_village_confirmations_village_code_idx" ON "activity_village_confirmations"  ("village_code") ');
    await queryRunner.query('CREATE INDEX "activity_village_confirmations_answer_idx" ON "activity_village_confirmations"  ("answer") ');
    await queryRunner.query(
      'ALTER TABLE "activity_village_confirmations" ADD CONSTRAINT "activity_village_confirmations_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_village_confirmations" ADD CONSTRAINT "activity_village_confirmations_village_code_fkey" FOREIGN KEY ("village_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_village_confirmations" ADD CONSTRAINT "activity_village_confirmations_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_village_confirmations" ADD CONSTRAINT "activity_village_confirmations_answered_by_fkey" FOREIGN KEY ("answered_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_village_confirmations" ADD CONSTRAINT "activity_village_confirmations_responded_by_fkey" FOREIGN KEY ("responded_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "activity_village_confirmations" DROP CONSTRAINT "activity_village_confirmations_responded_by_fkey"');
    await queryRunner.query('ALTER TABLE "activity_village_confirmations" DROP CONSTRAINT "activity_village_confirmations_answered_by_fkey"');
    await queryRunner.query('ALTER TABLE "activity_village_confirmations" DROP CONSTRAINT "activity_village_confirmations_agency_id_fkey"');
    await queryRunner.query('ALTER TABLE "activity_village_confirmations" DROP CONSTRAINT "activity_village_confirmations_village_code_fkey"');
    await queryRunner.query('ALTER TABLE "activity_village_confirmations" DROP CONSTRAINT "activity_village_confirmations_activity_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."activity_village_confirmations_answer_idx"');
    await queryRunner.query('DROP INDEX "public"."activity_village_confirmations_village_code_idx"');
    await queryRunner.query('DROP TABLE "activity_village_confirmations"');
    await queryRunner.query('DROP TYPE "public"."village_confirmation_answer"');
  }
}
