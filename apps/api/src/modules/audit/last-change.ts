import { EntityManager } from 'typeorm';

/** Who last changed a record and when, for conflict messages ("changed by kepala.kerinci at …"). */
export async function lastChange(manager: EntityManager, entity: string, entityId: string): Promise<{ by: string; at: string }> {
  const [row] = await manager.query(
    `SELECT coalesce(actor_username, 'system') AS by, to_char(at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD HH24:MI') || ' WIB' AS at
     FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id DESC LIMIT 1`,
    [entity, entityId],
  );
  return row ?? { by: '?', at: '?' };
}
