import { EntityManager } from 'typeorm';

/**
 * Revokes every live refresh token of a person, or of everyone in an agency, in the caller's transaction. Their
 * access tokens stop working through the token-version bump or the inactive flag that goes with it.
 */
export async function endSessions(manager: EntityManager, of: { userId: string } | { agencyId: string }): Promise<void> {
  if ('userId' in of) {
    await manager.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [of.userId]);
  } else {
    await manager.query(
      `UPDATE refresh_tokens SET revoked_at = now() WHERE revoked_at IS NULL AND user_id IN (SELECT id FROM users WHERE agency_id = $1)`,
      [of.agencyId],
    );
  }
}
