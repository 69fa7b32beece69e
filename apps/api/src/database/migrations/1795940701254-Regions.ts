import { MigrationInterface, QueryRunner } from 'typeorm';

export class Regions1795940701254 implements MigrationInterface {
  name = 'Regions1795940701254';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"region_level\" AS ENUM('PROVINSI', 'KABUPATEN', 'KOTA', 'KECAMATAN', 'DESA', 'KELURAHAN', 'DESA_ADAT')");
    await queryRunner.query(
      'CREATE TABLE "regions" ("code" character varying(13) NOT NULL, "name" character varying(255) NOT NULL, "level" "public"."region_level" NOT NULL, "depth" smallint NOT NULL, "parent_code" character varying(13), "name_search" character varying(255) NOT NULL, "name_key" character varying(255) COLLATE "C" NOT NULL, "kabupaten_count" integer NOT NULL DEFAULT \'0\', "kota_count" integer NOT NULL DEFAULT \'0\', "kecamatan_count" integer NOT NULL DEFAULT \'0\', "desa_count" integer NOT NULL DEFAULT \'0\', "kelurahan_count" integer NOT NULL DEFAULT \'0\', "desa_adat_count" integer NOT NULL DEFAULT \'0\', "village_count" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_4f6dc5a464961e7c65a395ea4c6" PRIMARY KEY ("code"))',
    );
    await queryRunner.query('CREATE INDEX "regions_parent_code_idx" ON "regions"  ("parent_code") ');
    await queryRunner.query(
      'CREATE TABLE "region_data_versions" ("id" SERIAL NOT NULL, "source" character varying(100) NOT NULL, "version" character varying(50) NOT NULL, "loaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "duration_ms" integer NOT NULL, "total" integer NOT NULL, "added" integer NOT NULL, "renamed" integer NOT NULL, "removed" integer NOT NULL, "kept_referenced" integer NOT NULL, "report" jsonb NOT NULL, CONSTRAINT "PK_9d476920c1a07447178f0cabed6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "regions" ADD CONSTRAINT "regions_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    // Hand-added: what the entity cannot declare. text_pattern_ops serves subtree queries (code LIKE '15.02.%'),
    // (depth, name_key) serves exact and prefix search level by level, and the trigram index case/accent-insensitive substring search over 91,599 names.
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query('CREATE INDEX "regions_code_pattern_idx" ON "regions" ("code" text_pattern_ops)');
    await queryRunner.query('CREATE INDEX "regions_name_key_idx" ON "regions" ("depth", "name_key", "code")');
    await queryRunner.query('CREATE INDEX "regions_name_search_trgm_idx" ON "regions" USING gin ("name_search" gin_trgm_ops)');
    // Hand-added: the words of all region names, for telling typos from half-typed words (see RegionWordEntity).
    await queryRunner.query('CREATE TABLE "region_words" ("word" character varying(255) COLLATE "C" NOT NULL, CONSTRAINT "region_words_pkey" PRIMARY KEY ("word"))');
    await queryRunner.query('CREATE INDEX "region_words_word_trgm_idx" ON "region_words" USING gin ("word" gin_trgm_ops)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "region_words"');
    await queryRunner.query('DROP INDEX "public"."regions_name_search_trgm_idx"');
    await queryRunner.query('DROP INDEX "public"."regions_name_key_idx"');
    await queryRunner.query('DROP INDEX "public"."regions_code_pattern_idx"');
    await queryRunner.query('ALTER TABLE "regions" DROP CONSTRAINT "regions_parent_code_fkey"');
    await queryRunner.query('DROP TABLE "region_data_versions"');
    await queryRunner.query('DROP INDEX "public"."regions_parent_code_idx"');
    await queryRunner.query('DROP TABLE "regions"');
    await queryRunner.query('DROP TYPE "public"."region_level"');
  }
}
