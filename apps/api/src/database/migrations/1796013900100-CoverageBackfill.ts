import { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildCoverage } from '../../modules/activity/rollups/coverage-maintenance';

/**
 * Data, kept apart from the schema change: activities verified before coverage was kept are counted once, with the
 * same set-based rebuild the benchmark uses. From here on the workflow keeps the rollups itself.
 */
export class CoverageBackfill1796013900100 implements MigrationInterface {
  name = 'CoverageBackfill1796013900100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await rebuildCoverage(queryRunner.manager);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`TRUNCATE coverage_reach, coverage_activities, coverage_village_months, coverage_region_periods`);
  }
}
