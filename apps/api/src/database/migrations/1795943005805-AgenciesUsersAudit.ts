import { MigrationInterface, QueryRunner } from 'typeorm';

export class AgenciesUsersAudit1795943005805 implements MigrationInterface {
  name = 'AgenciesUsersAudit1795943005805';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"agency_type\" AS ENUM('KANTOR_IMIGRASI', 'KANWIL', 'DITJEN', 'KEMENTERIAN', 'DINAS', 'PEMDA', 'KECAMATAN', 'DESA_KELURAHAN', 'LAINNYA')",
    );
    await queryRunner.query(
      'CREATE TABLE "agencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "short_name" character varying(60) NOT NULL, "type" "public"."agency_type" NOT NULL, "office_class" character varying(60), "parent_id" uuid, "home_region_code" character varying(13), "village_count" integer NOT NULL DEFAULT \'0\', "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8ab1f1f53f56c8255b0d7e68b28" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "agencies_parent_id_idx" ON "agencies"  ("parent_id") ');
    await queryRunner.query('CREATE INDEX "agencies_home_region_code_idx" ON "agencies"  ("home_region_code") ');
    await queryRunner.query(
      'CREATE TABLE "agency_working_areas" ("agency_id" uuid NOT NULL, "region_code" character varying(13) NOT NULL, CONSTRAINT "PK_c146e0732a071b8744bca24034b" PRIMARY KEY ("agency_id", "region_code"))',
    );
    await queryRunner.query('CREATE INDEX "agency_working_areas_region_code_idx" ON "agency_working_areas"  ("region_code") ');
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "actor_username" character varying(60), "actor_agency_id" uuid, "operation" character varying(100) NOT NULL, "entity" character varying(60) NOT NULL, "entity_id" character varying(100) NOT NULL, "subject_agency_id" uuid, "changes" jsonb NOT NULL, "request_id" character varying(100), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "audit_log_at_idx" ON "audit_log"  ("at") ');
    await queryRunner.query('CREATE INDEX "audit_log_subject_agency_idx" ON "audit_log"  ("subject_agency_id") ');
    await queryRunner.query('CREATE INDEX "audit_log_entity_idx" ON "audit_log"  ("entity", "entity_id") ');
    await queryRunner.query('CREATE INDEX "audit_log_actor_agency_at_idx" ON "audit_log"  ("actor_agency_id", "at") ');
    await queryRunner.query("CREATE TYPE \"public\".\"user_role\" AS ENUM('ADMIN', 'HEAD', 'OFFICER', 'LOCAL', 'VIEWER')");
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(60) NOT NULL, "email" character varying(254), "full_name" character varying(120) NOT NULL, "password_hash" character varying(255) NOT NULL, "agency_id" uuid NOT NULL, "role" "public"."user_role" NOT NULL, "active" boolean NOT NULL DEFAULT true, "must_change_password" boolean NOT NULL DEFAULT false, "token_version" integer NOT NULL DEFAULT \'0\', "last_login_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "users_username_key" ON "users"  ("username") ');
    await queryRunner.query('CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") ');
    await queryRunner.query('CREATE INDEX "users_agency_id_idx" ON "users"  ("agency_id") ');
    await queryRunner.query(
      'CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "family_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "refresh_tokens_user_id_idx" ON "refresh_tokens"  ("user_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "refresh_tokens_token_hash_key" ON "refresh_tokens"  ("token_hash") ');
    await queryRunner.query('CREATE INDEX "refresh_tokens_family_id_idx" ON "refresh_tokens"  ("family_id") ');
    await queryRunner.query(
      'CREATE TABLE "login_throttle" ("key" character varying(300) NOT NULL, "failures" integer NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key"))',
    );
    await queryRunner.query('ALTER TABLE "agencies" ADD CONSTRAINT "agencies_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION');
    await queryRunner.query(
      'ALTER TABLE "agencies" ADD CONSTRAINT "agencies_home_region_code_fkey" FOREIGN KEY ("home_region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agency_working_areas" ADD CONSTRAINT "agency_working_areas_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agency_working_areas" ADD CONSTRAINT "agency_working_areas_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query('ALTER TABLE "users" ADD CONSTRAINT "users_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION');
    await queryRunner.query(
      'ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Hand-added: the audit trail is append-only for everyone, the application included.
    await queryRunner.query(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP; END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_log"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_log_append_only ON "audit_log"');
    await queryRunner.query('DROP FUNCTION audit_log_append_only()');
    await queryRunner.query('ALTER TABLE "refresh_tokens" DROP CONSTRAINT "refresh_tokens_user_id_fkey"');
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "users_agency_id_fkey"');
    await queryRunner.query('ALTER TABLE "agency_working_areas" DROP CONSTRAINT "agency_working_areas_region_code_fkey"');
    await queryRunner.query('ALTER TABLE "agency_working_areas" DROP CONSTRAINT "agency_working_areas_agency_id_fkey"');
    await queryRunner.query('ALTER TABLE "agencies" DROP CONSTRAINT "agencies_home_region_code_fkey"');
    await queryRunner.query('ALTER TABLE "agencies" DROP CONSTRAINT "agencies_parent_id_fkey"');
    await queryRunner.query('DROP TABLE "login_throttle"');
    await queryRunner.query('DROP INDEX "public"."refresh_tokens_family_id_idx"');
    await queryRunner.query('DROP INDEX "public"."refresh_tokens_token_hash_key"');
    await queryRunner.query('DROP INDEX "public"."refresh_tokens_user_id_idx"');
    await queryRunner.query('DROP TABLE "refresh_tokens"');
    await queryRunner.query('DROP INDEX "public"."users_agency_id_idx"');
    await queryRunner.query('DROP INDEX "public"."users_email_key"');
    await queryRunner.query('DROP INDEX "public"."users_username_key"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TYPE "public"."user_role"');
    await queryRunner.query('DROP INDEX "public"."audit_log_actor_agency_at_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_log_entity_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_log_subject_agency_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_log_at_idx"');
    await queryRunner.query('DROP TABLE "audit_log"');
    await queryRunner.query('DROP INDEX "public"."agency_working_areas_region_code_idx"');
    await queryRunner.query('DROP TABLE "agency_working_areas"');
    await queryRunner.query('DROP INDEX "public"."agencies_home_region_code_idx"');
    await queryRunner.query('DROP INDEX "public"."agencies_parent_id_idx"');
    await queryRunner.query('DROP TABLE "agencies"');
    await queryRunner.query('DROP TYPE "public"."agency_type"');
  }
}
