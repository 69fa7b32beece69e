import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../../common/access/caller';
import { isUuid } from '../../common/uuid';
import { hasSubjectLabels, idLabels, listAuditEntries, regionLabels, subjectLabels } from './audit.repository';
import { toAuditEntry } from './audit.service';
import type { AuditEntry, AuditFilter } from './models/audit-entry.model';

/** At most this many entries in one page of the trail, and in one inspector's file. */
export const AUDIT_PAGE_MAX = 200;
export const AUDIT_EXPORT_MAX = 20_000;

const UUID_IN_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/**
 * A Kemendagri code as the trail writes it: the whole value (15, 15.02, 15.02.02, 15.02.02.1009) or a value's first
 * word before codes in capitals ("15.02.02.1009 OFFICIALS_ATTENDED", "15.02 CAMAT L1 P0"); never a number in prose.
 */
export const REGION_CODE_VALUE = /^(\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?)(?: [A-Z_]+(?: [LP]\d+)*)?$/;
/** Longest text scanned per value: licences and descriptions name no record. */
const SCAN_LIMIT = 2_000;

/** The fields of an entry's own changes that name its record when the record is gone. */
const NAME_FIELDS = ['title', 'name', 'fullName', 'fileName', 'text', 'username', 'villageCode'];

/**
 * Reads the audit trail for people: the caller's visible entries (heads: about their agency; administrators: all)
 * with the actor's name and agency, the record's name, and a name for every id and region code its changes hold.
 */
@Injectable()
export class AuditReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first; `limit` is clamped to [1, max]. */
  async list(caller: Caller, filter: AuditFilter | null, max = AUDIT_PAGE_MAX): Promise<AuditEntry[]> {
    const f = filter ?? {};
    // An id that is no id names no entry.
    if ((f.actorUserId && !isUuid(f.actorUserId)) || (f.agencyId && !isUuid(f.agencyId))) return [];
    const rows = await listAuditEntries(this.dataSource, caller, {
      actorUserId: f.actorUserId || undefined,
      agencyId: f.agencyId || undefined,
      entity: f.entity || undefined,
      entityId: f.entityId || undefined,
      from: f.from || undefined,
      to: f.to || undefined,
      before: f.before && /^\d+$/.test(f.before) ? f.before : undefined,
      limit: Math.min(Math.max(f.first ?? 50, 1), max),
    });
    const subjects = await this.subjectLabels(rows);
    const references = await this.referenceLabels(rows);
    return rows.map((row) => {
      const found = new Map<string, string>();
      for (const value of tokensOf(row.changes)) {
        const label = references.get(value);
        if (label) found.set(value, label);
      }
      return {
        ...toAuditEntry(row),
        actorName: row.actor_name ?? null,
        actorAgencyName: row.actor_agency_name ?? null,
        subjectLabel: subjects.get(`${row.entity}:${row.entity_id}`) ?? nameFromChanges(row.changes as Record<string, { from: unknown; to: unknown }>, references),
        references: [...found].map(([value, label]) => ({ value, label })),
      };
    });
  }

  /** The name of each entry's record, as `Entity:id` → name, one query per kind of record on the page. */
  private async subjectLabels(rows: Array<{ entity: string; entity_id: string }>): Promise<Map<string, string>> {
    const byEntity = new Map<string, Set<string>>();
    for (const row of rows) {
      if (!hasSubjectLabels(row.entity) || !isUuid(row.entity_id)) continue;
      const ids = byEntity.get(row.entity) ?? new Set<string>();
      ids.add(row.entity_id);
      byEntity.set(row.entity, ids);
    }
    const labels = new Map<string, string>();
    for (const [entity, ids] of byEntity) {
      const found = await subjectLabels(this.dataSource, entity, [...ids]);
      for (const { id, label } of found) if (label) labels.set(`${entity}:${id}`, label);
    }
    return labels;
  }

  /** Names for the ids (people, agencies, topics, programme items, activities) and region codes in the changes. */
  private async referenceLabels(rows: Array<{ changes: unknown }>): Promise<Map<string, string>> {
    const uuids = new Set<string>();
    const codes = new Set<string>();
    for (const row of rows) {
      for (const token of tokensOf(row.changes)) (isUuid(token) ? uuids : codes).add(token);
    }
    const labels = new Map<string, string>();
    if (uuids.size) {
      const found = await idLabels(this.dataSource, [...uuids]);
      for (const { id, label } of found) labels.set(id, label);
    }
    if (codes.size) {
      const found = await regionLabels(this.dataSource, [...codes]);
      for (const { code, label } of found) labels.set(code, label);
    }
    return labels;
  }
}

/** Every id and region code an entry's changes mention (values and field names, e.g. `coOrganiser:<id>`). */
export function tokensOf(changes: unknown): Set<string> {
  const tokens = new Set<string>();
  const scan = (text: string) => {
    const part = text.slice(0, SCAN_LIMIT);
    for (const m of part.matchAll(UUID_IN_TEXT)) tokens.add(m[0].toLowerCase());
    const code = REGION_CODE_VALUE.exec(part)?.[1];
    if (code) tokens.add(code);
  };
  const walk = (value: unknown) => {
    if (typeof value === 'string') scan(value);
    else if (Array.isArray(value)) value.slice(0, 5_000).forEach(walk);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        scan(key);
        walk(inner);
      }
  };
  walk(changes);
  return tokens;
}

/** A removed record's name as its own entry wrote it (the title, name, file name…), with a region code named. */
function nameFromChanges(changes: Record<string, { from: unknown; to: unknown }>, references: Map<string, string>): string | null {
  for (const field of NAME_FIELDS) {
    const change = changes?.[field];
    const value = change?.to ?? change?.from;
    if (typeof value === 'string' && value) return references.get(value) ?? value.slice(0, 120);
  }
  return null;
}
