import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { insertAuditEntries } from './audit.repository';

export interface AuditContext {
  caller: Caller | null;
  requestId: string | null;
  operation: string;
}

/** Fields never written to the audit trail, whatever entity they appear on. */
const SECRET_FIELDS = new Set(['passwordHash', 'password', 'tokenHash']);
/** Bookkeeping that changes on every write and says nothing. */
const NOISE_FIELDS = new Set(['version', 'updatedAt', 'createdAt']);

/** `{ field: { from, to } }` for the fields whose values differ; `before` null means created. */
export function diff(before: Record<string, unknown> | null, after: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of new Set([...Object.keys(before ?? {}), ...Object.keys(after)])) {
    if (SECRET_FIELDS.has(key) || NOISE_FIELDS.has(key)) continue;
    const from = normalise(before?.[key]);
    const to = normalise(after[key]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}

function normalise(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return [...value].sort();
  return value;
}

@Injectable()
export class AuditService {
  /**
   * Writes one entry with the change, through the mutation's own transaction manager: the entry exists exactly
   * when the change does.
   */
  async record(manager: EntityManager, context: AuditContext, entry: AuditEntryInput): Promise<void> {
    await this.recordMany(manager, context, [entry]);
  }

  /** record for many changes of one request (a bulk import), in one statement. */
  async recordMany(manager: EntityManager, context: AuditContext, entries: AuditEntryInput[]): Promise<void> {
    if (!entries.length) return;
    await insertAuditEntries(manager, {
      actorUserId: context.caller?.userId ?? null,
      actorUsername: context.caller?.username ?? null,
      actorAgencyId: context.caller?.agencyId ?? null,
      operation: context.operation,
      requestId: context.requestId,
      // In the order given, so the log's ids follow it.
      entries: entries.map((e) => ({ entity: e.entity, entityId: e.entityId, subjectAgencyId: e.subjectAgencyId, changes: diff(e.before, e.after) })),
    });
  }
}

export interface AuditEntryInput {
  entity: string;
  entityId: string;
  subjectAgencyId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

/** An audit_log row (snake_case columns) as the GraphQL AuditEntry's own fields: changes as JSON text per field. */
export function toAuditEntry(r: Record<string, any>) {
  return {
    id: String(r.id),
    at: r.at,
    actorUserId: r.actor_user_id,
    actorUsername: r.actor_username,
    actorAgencyId: r.actor_agency_id,
    operation: r.operation,
    entity: r.entity,
    entityId: r.entity_id,
    changes: Object.entries(r.changes as Record<string, { from: unknown; to: unknown }>).map(([field, c]) => ({
      field,
      from: c.from === null ? null : JSON.stringify(c.from),
      to: c.to === null ? null : JSON.stringify(c.to),
    })),
  };
}
