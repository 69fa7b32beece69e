import type { ActivityStatus } from '@jangkau/shared-domain';
import type { Caller } from '../../common/access/caller';
import type { AuditContext } from '../audit/audit.service';

/*
 * The shapes the activity providers share: the row the API reads, the row the exports write, the validated values
 * the writer stores. Who does what with them:
 *   activity-queries.service.ts   lists, counts, export batches, calendar, work queue (reads, scoped)
 *   activity-details.service.ts   the lists under many activities at once, for the DataLoaders
 *   activity.rules.ts             what a caller may do to an activity now (pure)
 *   activity-changes.service.ts   lock, check, version, audit, notify: the shape every change shares
 *   activity-workflow.service.ts  submit, verify, return/reopen, mark held, invitations
 *   activity-writer.service.ts    create, update, bulk insert, the lists under an activity
 *   activity-validator.service.ts the rules of the form, shared with the import
 *   follow-up.service.ts          follow-ups
 */

/** Who acts, and the request the audit entry names. */
export type ActivityContext = AuditContext & { caller: Caller };

/** One activity row as the API reads it (names of the people involved joined in). */
export interface ActivityRow {
  id: string;
  type: string;
  status: ActivityStatus;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venueName: string;
  venueRegionCode: string;
  leadAgencyId: string;
  returnReason: string | null;
  submittedById: string | null;
  submittedByName: string | null;
  submittedAt: Date | null;
  verifiedByName: string | null;
  verifiedAt: Date | null;
  /** Verified by its own creator or submitter, the agency's only active head then. */
  selfVerified: boolean;
  createdById: string;
  createdByName: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** One activity as the exports write it: its lists joined into text, its participants summed. */
export interface ActivityExportRow {
  id: string;
  title: string;
  type: string;
  status: ActivityStatus;
  startsAt: Date;
  timeZone: string;
  venueName: string;
  venueRegionCode: string;
  venueRegionName: string;
  leadAgency: string;
  coOrganisers: string;
  villages: number;
  /** What the villages' own governments answered (confirmation module): named per answer, unanswered counted. */
  villageConfirmations: string;
  male: number;
  female: number;
  officials: number;
  programmeItems: string;
  topics: string;
  selfVerified: boolean;
}

/** A day in milliseconds. */
export const DAY = 24 * 3600 * 1000;

/** The lead agency's own values, validated and normalised: what is written and what the audit trail compares. */
export interface ActivityValues {
  type: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  venueName: string;
  venueRegionCode: string;
  timeZone: string;
  programmeItemIds: string[];
  topicIds: string[];
  coOrganiserIds: string[];
  villages: { code: string; reach: string }[];
  participants: { category: string; male: number; female: number }[];
  /** The part of the participants attributed to listed regions (issue 14). */
  attendance: { regionCode: string; category: string; male: number; female: number }[];
}

/** The calendar date of a UTC instant (YYYY-MM-DD). */
export function toDateString(date: Date): string {
  return date.toISOString().slice(0, 10);
}
