import { EntityManager } from 'typeorm';
import { lastAuditChange } from './audit.repository';

/** Who last changed a record and when, for conflict messages ("changed by kepala.kerinci at …"). */
export async function lastChange(manager: EntityManager, entity: string, entityId: string): Promise<{ by: string; at: string }> {
  return (await lastAuditChange(manager, entity, entityId)) ?? { by: '?', at: '?' };
}
