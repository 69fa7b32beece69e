import { MigrationInterface, QueryRunner } from 'typeorm';

export class Activities1795949235713 implements MigrationInterface {
  name = 'Activities1795949235713';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "programme_frameworks" ("version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "valid_from" date NOT NULL, "valid_to" date NOT NULL, CONSTRAINT "PK_27aa58a9d3dbf6159a3f7fcef3f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "programme_items" ("version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "number" smallint NOT NULL, "title" character varying(500) NOT NULL, CONSTRAINT "PK_bc2829d55b9dc95a4afcf68190f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "programme_items_framework_number_key" ON "programme_items"  ("framework_id", "number") ');
    await queryRunner.query(
      'CREATE TABLE "topics" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "position" smallint NOT NULL DEFAULT \'0\', "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_e4aa99a3fa60ec3a37d1fc4e853" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "topics_name_key" ON "topics"  ("name") ');
    await queryRunner.query("CREATE TYPE \"public\".\"activity_type\" AS ENUM('SOSIALISASI', 'PENYULUHAN', 'RAPAT_KOORDINASI', 'PEMBENTUKAN_DESA_BINAAN', 'MONITORING', 'LAINNYA')");
    await queryRunner.query("CREATE TYPE \"public\".\"activity_status\" AS ENUM('PLANNED', 'DRAFT', 'SUBMITTED', 'VERIFIED', 'RETURNED')");
    await queryRunner.query(
      'CREATE TABLE "activities" ("version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL, "type" "public"."activity_type" NOT NULL, "status" "public"."activity_status" NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT \'\', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "venue_name" character varying(200) NOT NULL, "venue_region_code" character varying(13) NOT NULL, "time_zone" character varying(4) NOT NULL, "lead_agency_id" uuid NOT NULL, "reach_codes" character varying array NOT NULL DEFAULT \'{}\', "search_text" text NOT NULL DEFAULT \'\', "return_reason" text, "created_by" uuid NOT NULL, "submitted_by" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "verified_by" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7f4004429f731ffb9c88eb486a8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "activities_submitted_by_idx" ON "activities"  ("submitted_by") ');
    await queryRunner.query('CREATE INDEX "activities_status_starts_at_idx" ON "activities"  ("status", "starts_at") ');
    await queryRunner.query('CREATE INDEX "activities_lead_starts_at_idx" ON "activities"  ("lead_agency_id", "starts_at") ');
    await queryRunner.query('CREATE INDEX "activities_starts_at_id_idx" ON "activities"  ("starts_at", "id") ');
    await queryRunner.query("CREATE TYPE \"public\".\"co_organiser_status\" AS ENUM('INVITED', 'ACCEPTED', 'DECLINED')");
    await queryRunner.query(
      'CREATE TABLE "activity_agencies" ("activity_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "status" "public"."co_organiser_status" NOT NULL, "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0f9d95ef8a4c25d26e34240f09c" PRIMARY KEY ("activity_id", "agency_id"))',
    );
    await queryRunner.query('CREATE INDEX "activity_agencies_agency_id_idx" ON "activity_agencies"  ("agency_id") ');
    await queryRunner.query("CREATE TYPE \"public\".\"village_reach\" AS ENUM('OFFICIALS_ATTENDED', 'HELD_IN_VILLAGE', 'RESIDENTS_ATTENDED')");
    await queryRunner.query(
      'CREATE TABLE "activity_villages" ("activity_id" uuid NOT NULL, "village_code" character varying(13) NOT NULL, "reach" "public"."village_reach" NOT NULL, CONSTRAINT "PK_9bd6fcca1b2b638f4402a630758" PRIMARY KEY ("activity_id", "village_code"))',
    );
    await queryRunner.query('CREATE INDEX "activity_villages_village_code_idx" ON "activity_villages"  ("village_code") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"participant_category\" AS ENUM('CAMAT', 'LURAH', 'KEPALA_DESA', 'PERANGKAT_DESA', 'TOKOH_MASYARAKAT', 'MASYARAKAT_UMUM', 'CALON_PMI', 'PELAJAR', 'LAINNYA')",
    );
    await queryRunner.query(
      'CREATE TABLE "activity_participants" ("activity_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "category" "public"."participant_category" NOT NULL, "male" integer NOT NULL DEFAULT \'0\', "female" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_edc88dea295aa72f09d47975375" PRIMARY KEY ("activity_id", "agency_id", "category"))',
    );
    await queryRunner.query(
      'CREATE TABLE "activity_topics" ("activity_id" uuid NOT NULL, "topic_id" uuid NOT NULL, CONSTRAINT "PK_4ecc2bad710322abe151796d33e" PRIMARY KEY ("activity_id", "topic_id"))',
    );
    await queryRunner.query('CREATE INDEX "activity_topics_topic_id_idx" ON "activity_topics"  ("topic_id") ');
    await queryRunner.query(
      'CREATE TABLE "activity_programme_items" ("activity_id" uuid NOT NULL, "programme_item_id" uuid NOT NULL, CONSTRAINT "PK_666953fbef5ea5821208bc789dc" PRIMARY KEY ("activity_id", "programme_item_id"))',
    );
    await queryRunner.query('CREATE INDEX "activity_programme_items_item_id_idx" ON "activity_programme_items"  ("programme_item_id") ');
    await queryRunner.query("CREATE TYPE \"public\".\"follow_up_status\" AS ENUM('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')");
    await queryRunner.query(
      'CREATE TABLE "activity_follow_ups" ("version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "activity_id" uuid NOT NULL, "text" text NOT NULL, "responsible_agency_id" uuid NOT NULL, "due_on" date, "status" "public"."follow_up_status" NOT NULL DEFAULT \'OPEN\', CONSTRAINT "PK_b88c825b6d19bbde795e325150e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "activity_follow_ups_activity_id_idx" ON "activity_follow_ups"  ("activity_id") ');
    await queryRunner.query('CREATE INDEX "activity_follow_ups_responsible_idx" ON "activity_follow_ups"  ("responsible_agency_id") ');
    await queryRunner.query(
      'CREATE TABLE "activity_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "activity_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "uploaded_by" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "content_type" character varying(100) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character varying(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "has_thumbnail" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8b525eba3916fb7617ebe5d7b59" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "activity_evidence_activity_id_idx" ON "activity_evidence"  ("activity_id") ');
    await queryRunner.query(
      'ALTER TABLE "programme_items" ADD CONSTRAINT "programme_items_framework_id_fkey" FOREIGN KEY ("framework_id") REFERENCES "programme_frameworks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activities" ADD CONSTRAINT "activities_venue_region_code_fkey" FOREIGN KEY ("venue_region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activities" ADD CONSTRAINT "activities_lead_agency_id_fkey" FOREIGN KEY ("lead_agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activities" ADD CONSTRAINT "activities_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activities" ADD CONSTRAINT "activities_submitted_by_fkey" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activities" ADD CONSTRAINT "activities_verified_by_fkey" FOREIGN KEY ("verified_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_agencies" ADD CONSTRAINT "activity_agencies_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_agencies" ADD CONSTRAINT "activity_agencies_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_villages" ADD CONSTRAINT "activity_villages_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_villages" ADD CONSTRAINT "activity_villages_village_code_fkey" FOREIGN KEY ("village_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_topics" ADD CONSTRAINT "activity_topics_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_topics" ADD CONSTRAINT "activity_topics_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_programme_items" ADD CONSTRAINT "activity_programme_items_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_programme_items" ADD CONSTRAINT "activity_programme_items_item_id_fkey" FOREIGN KEY ("programme_item_id") REFERENCES "programme_items"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_follow_ups" ADD CONSTRAINT "activity_follow_ups_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_follow_ups" ADD CONSTRAINT "activity_follow_ups_responsible_agency_id_fkey" FOREIGN KEY ("responsible_agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_evidence" ADD CONSTRAINT "activity_evidence_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_evidence" ADD CONSTRAINT "activity_evidence_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_evidence" ADD CONSTRAINT "activity_evidence_uploaded_by_fkey" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    // Hand-added: operator classes TypeORM cannot express (see ActivityEntity).
    await queryRunner.query('CREATE INDEX "activities_reach_codes_idx" ON "activities" USING gin ("reach_codes")');
    await queryRunner.query('CREATE INDEX "activities_search_trgm_idx" ON "activities" USING gin ("search_text" gin_trgm_ops)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."activities_search_trgm_idx"');
    await queryRunner.query('DROP INDEX "public"."activities_reach_codes_idx"');
    await queryRunner.query('ALTER TABLE "activity_evidence" DROP CONSTRAINT "activity_evidence_uploaded_by_fkey"');
    await queryRunner.query('ALTER TABLE "activity_evidence" DROP CONSTRAINT "activity_evidence_agency_id_fkey"');
    await queryRunner.query('ALTER TABLE "activity_evidence" DROP CONSTRAINT "activity_evidence_activity_id_fkey"');
    await queryRunner.query('ALTER TABLE "activity_follow_ups" DROP CONSTRAINT "activity_follow_ups_responsible_agency_id_fkey"');
    await queryRunner.query('ALTER TABLE "activity_follow_ups" DROP CONSTRAINT "activity_follow_ups_activity_id_fkey"');
    await queryRunner.query('ALTER TABLE "activity_programme_items" DROP CONSTRAINT "activity_programme_items_item_id_fkey"');
    await queryRunner.query('ALTER TABLE "activity_programme_items" DROP CONSTRAINT "activity_programme_items_activity_id_fkey"');
    await queryRunner.query('ALTER TABLE "activity_topics" DROP CONSTRAINT "activity_topics_topic_id_fkey"');
    await queryRunner.query('ALTER TABLE "activity_topics" DROP CONSTRAINT "activity_topics_activity_id_fkey"');
    await queryRunner.query('ALTER TABLE "activity_participants" DROP CONSTRAINT "activity_participants_agency_id_fkey"');
    await queryRunner.query('ALTER TABLE "activity_participants" DROP CONSTRAINT "activity_participants_activity_id_fkey"');
    await queryRunner.query('ALTER TABLE "activity_villages" DROP CONSTRAINT "activity_villages_village_code_fkey"');
    await queryRunner.query('ALTER TABLE "activity_villages" DROP CONSTRAINT "activity_villages_activity_id_fkey"');
    await queryRunner.query('ALTER TABLE "activity_agencies" DROP CONSTRAINT "activity_agencies_agency_id_fkey"');
    await queryRunner.query('ALTER TABLE "activity_agencies" DROP CONSTRAINT "activity_agencies_activity_id_fkey"');
    await queryRunner.query('ALTER TABLE "activities" DROP CONSTRAINT "activities_verified_by_fkey"');
    await queryRunner.query('ALTER TABLE "activities" DROP CONSTRAINT "activities_submitted_by_fkey"');
    await queryRunner.query('ALTER TABLE "activities" DROP CONSTRAINT "activities_created_by_fkey"');
    await queryRunner.query('ALTER TABLE "activities" DROP CONSTRAINT "activities_lead_agency_id_fkey"');
    await queryRunner.query('ALTER TABLE "activities" DROP CONSTRAINT "activities_venue_region_code_fkey"');
    await queryRunner.query('ALTER TABLE "programme_items" DROP CONSTRAINT "programme_items_framework_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."activity_evidence_activity_id_idx"');
    await queryRunner.query('DROP TABLE "activity_evidence"');
    await queryRunner.query('DROP INDEX "public"."activity_follow_ups_responsible_idx"');
    await queryRunner.query('DROP INDEX "public"."activity_follow_ups_activity_id_idx"');
    await queryRunner.query('DROP TABLE "activity_follow_ups"');
    await queryRunner.query('DROP TYPE "public"."follow_up_status"');
    await queryRunner.query('DROP INDEX "public"."activity_programme_items_item_id_idx"');
    await queryRunner.query('DROP TABLE "activity_programme_items"');
    await queryRunner.query('DROP INDEX "public"."activity_topics_topic_id_idx"');
    await queryRunner.query('DROP TABLE "activity_topics"');
    await queryRunner.query('DROP TABLE "activity_participants"');
    await queryRunner.query('DROP TYPE "public"."participant_category"');
    await queryRunner.query('DROP INDEX "public"."activity_villages_village_code_idx"');
    await queryRunner.query('DROP TABLE "activity_villages"');
    await queryRunner.query('DROP TYPE "public"."village_reach"');
    await queryRunner.query('DROP INDEX "public"."activity_agencies_agency_id_idx"');
    await queryRunner.query('DROP TABLE "activity_agencies"');
    await queryRunner.query('DROP TYPE "public"."co_organiser_status"');
    await queryRunner.query('DROP INDEX "public"."activities_starts_at_id_idx"');
    await queryRunner.query('DROP INDEX "public"."activities_lead_starts_at_idx"');
    await queryRunner.query('DROP INDEX "public"."activities_status_starts_at_idx"');
    await queryRunner.query('DROP INDEX "public"."activities_submitted_by_idx"');
    await queryRunner.query('DROP TABLE "activities"');
    await queryRunner.query('DROP TYPE "public"."activity_status"');
    await queryRunner.query('DROP TYPE "public"."activity_type"');
    await queryRunner.query('DROP INDEX "public"."topics_name_key"');
    await queryRunner.query('DROP TABLE "topics"');
    await queryRunner.query('DROP INDEX "public"."programme_items_framework_number_key"');
    await queryRunner.query('DROP TABLE "programme_items"');
    await queryRunner.query('DROP TABLE "programme_frameworks"');
  }
}
