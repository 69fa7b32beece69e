import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data, kept apart from the schema change (1796450000001-ActivitySelfVerified added `self_verified` as false for
 * every row): activities verified before it by the person who created or submitted them are marked self-verified,
 * so the activity page, the exports and the reports say so for them too.
 *
 * The rule today is narrower: self-verification is only allowed where the lead agency had no other active head at
 * that moment. Who else was an active head then cannot be known for these old rows (heads come and go; the audit
 * trail does not keep that state), so every verification by the activity's creator or submitter is marked, whatever
 * the agency's heads were then. Activities not verified now have no verifier and stay false.
 */
export class ActivitySelfVerifiedBackfill1796520000001 implements MigrationInterface {
  name = 'ActivitySelfVerifiedBackfill1796520000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE activities SET self_verified = TRUE
       WHERE status = 'VERIFIED' AND verified_by IS NOT NULL AND NOT self_verified
         AND (verified_by = created_by OR verified_by = submitted_by)`,
    );
  }

  async down(): Promise<void> {
    // Nothing to undo: which rows this marked cannot be told from those verified by their maker since, and the
    // column itself goes with 1796450000001-ActivitySelfVerified's down.
  }
}
