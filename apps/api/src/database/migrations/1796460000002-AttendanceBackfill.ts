import { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildAttendance } from '../../modules/activity/rollups/coverage-attendance';

/**
 * Data, kept apart from the schema change: activities verified before attendance was attributed count their whole
 * attendance at their home region (the lowest region holding all their villages), so every total stays what it was.
 */
export class AttendanceBackfill1796460000002 implements MigrationInterface {
  name = 'AttendanceBackfill1796460000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await rebuildAttendance(queryRunner.manager);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM coverage_attendance`);
  }
}
