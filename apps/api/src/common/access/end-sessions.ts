import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import { db } from '../../database/kysely';

/**
 * Revokes every live refresh token of a person, or of everyone in an agency, in the caller's transaction. Their
 * access tokens stop working through the token-version bump or the inactive flag that goes with it.
 */
export async function endSessions(manager: EntityManager, of: { userId: string } | { agencyId: string }): Promise<void> {
  let update = db(manager)
    .updateTable('refresh_tokens')
    .set({ revoked_at: sql<Date>`now()` })
    .where('revoked_at', 'is', null);
  if ('userId' in of) {
    update = update.where('user_id', '=', of.userId);
  } else {
    update = update.where('user_id', 'in', (eb) => eb.selectFrom('users').select('id').where('agency_id', '=', of.agencyId));
  }
  await update.execute();
}
