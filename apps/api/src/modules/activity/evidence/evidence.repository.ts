import type { EvidenceContentType } from '@jangkau/shared-domain';
import { sql, type Kysely } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import type { DB } from '../../../database/db-types';
import { anyOf, db, onlyRow } from '../../../database/kysely';

/** The evidence's SQL: an evidence row as the API reads it, a count per activity, its insert and delete. */

type Source = EntityManager | DataSource;

/** One evidence row as the API reads it, with the adding agency and person joined in. */
export interface EvidenceRow {
  id: string;
  activityId: string;
  fileName: string;
  contentType: EvidenceContentType;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  hasThumbnail: boolean;
  createdAt: Date;
  uploadedByName: string;
  agency: { id: string; name: string; shortName: string };
}

/** activity_evidence e with the adding agency g and person u: an EvidenceRow each. */
function evidence(k: Kysely<DB>) {
  return k
    .selectFrom('activity_evidence as e')
    .innerJoin('agencies as g', 'g.id', 'e.agency_id')
    .innerJoin('users as u', 'u.id', 'e.uploaded_by')
    .select([
      'e.id',
      'e.activity_id as activityId',
      'e.file_name as fileName',
      sql<EvidenceContentType>`e.content_type`.as('contentType'),
      'e.size_bytes as sizeBytes',
      'e.sha256',
      'e.storage_key as storageKey',
      'e.has_thumbnail as hasThumbnail',
      'e.created_at as createdAt',
      'u.full_name as uploadedByName',
      sql<EvidenceRow['agency']>`json_build_object('id', g.id, 'name', g.name, 'shortName', g.short_name)`.as('agency'),
    ]);
}

/** The evidence of the activities, oldest first. */
export function evidenceOfActivities(source: Source, activityIds: readonly string[]): Promise<EvidenceRow[]> {
  return evidence(db(source)).where('e.activity_id', '=', anyOf(activityIds, 'uuid')).orderBy('e.created_at').orderBy('e.id').execute();
}

/** The evidence, when it exists. */
export function evidenceById(source: Source, id: string): Promise<EvidenceRow | undefined> {
  return evidence(db(source)).where('e.id', '=', id).executeTakeFirst();
}

/** The activity the evidence belongs to, when it exists. */
export async function activityOfEvidence(manager: EntityManager, id: string): Promise<string | undefined> {
  const row = await db(manager).selectFrom('activity_evidence').select('activity_id').where('id', '=', id).executeTakeFirst();
  return row?.activity_id;
}

/** How many evidence files the activity holds. */
export async function evidenceCount(manager: EntityManager, activityId: string): Promise<number> {
  const rows = await db(manager)
    .selectFrom('activity_evidence')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('activity_id', '=', activityId)
    .execute();
  return onlyRow(rows, 'count').n;
}

export interface NewEvidence {
  id: string;
  activityId: string;
  agencyId: string;
  uploadedBy: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  hasThumbnail: boolean;
}

export async function insertEvidence(manager: EntityManager, values: NewEvidence): Promise<void> {
  await db(manager)
    .insertInto('activity_evidence')
    .values({
      id: values.id,
      activity_id: values.activityId,
      agency_id: values.agencyId,
      uploaded_by: values.uploadedBy,
      file_name: values.fileName,
      content_type: values.contentType,
      size_bytes: values.sizeBytes,
      sha256: values.sha256,
      storage_key: values.storageKey,
      has_thumbnail: values.hasThumbnail,
    })
    .execute();
}

export async function deleteEvidence(manager: EntityManager, id: string): Promise<void> {
  await db(manager).deleteFrom('activity_evidence').where('id', '=', id).execute();
}
