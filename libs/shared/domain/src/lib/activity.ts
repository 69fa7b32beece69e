/**
 * Activities (kegiatan): the kinds, the workflow and the rules both the API (which enforces them) and the web
 * app (which only offers what is allowed) read. Pure data and functions.
 */
export enum ActivityType {
  SOSIALISASI = 'SOSIALISASI',
  PENYULUHAN = 'PENYULUHAN',
  RAPAT_KOORDINASI = 'RAPAT_KOORDINASI',
  PEMBENTUKAN_DESA_BINAAN = 'PEMBENTUKAN_DESA_BINAAN',
  MONITORING = 'MONITORING',
  LAINNYA = 'LAINNYA',
}

/**
 * PLANNED (in the future) → DRAFT (held, being recorded) → SUBMITTED → VERIFIED, or RETURNED with a reason →
 * edited → SUBMITTED. A verified activity is locked; the head may reopen it (back to RETURNED, with a reason).
 */
export enum ActivityStatus {
  PLANNED = 'PLANNED',
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  VERIFIED = 'VERIFIED',
  RETURNED = 'RETURNED',
}

/** How a village was reached. */
export enum VillageReach {
  OFFICIALS_ATTENDED = 'OFFICIALS_ATTENDED',
  HELD_IN_VILLAGE = 'HELD_IN_VILLAGE',
  RESIDENTS_ATTENDED = 'RESIDENTS_ATTENDED',
}

export enum ParticipantCategory {
  CAMAT = 'CAMAT',
  LURAH = 'LURAH',
  KEPALA_DESA = 'KEPALA_DESA',
  PERANGKAT_DESA = 'PERANGKAT_DESA',
  TOKOH_MASYARAKAT = 'TOKOH_MASYARAKAT',
  MASYARAKAT_UMUM = 'MASYARAKAT_UMUM',
  CALON_PMI = 'CALON_PMI',
  PELAJAR = 'PELAJAR',
  LAINNYA = 'LAINNYA',
}

/** Camat, lurah and kepala desa: the "officials reached" indicator. */
export const OFFICIAL_CATEGORIES: readonly ParticipantCategory[] = [ParticipantCategory.CAMAT, ParticipantCategory.LURAH, ParticipantCategory.KEPALA_DESA];

export enum CoOrganiserStatus {
  INVITED = 'INVITED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

export enum FollowUpStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

/** Bounds every writer checks (the API refuses, the form says so before sending). */
export const ACTIVITY_LIMITS = {
  titleMin: 3,
  titleMax: 200,
  descriptionMax: 5000,
  venueNameMax: 200,
  reasonMin: 5,
  reasonMax: 1000,
  villagesMax: 1000,
  topicsMax: 20,
  programmeItemsMax: 20,
  coOrganisersMax: 20,
  participantsPerCellMax: 100_000,
  followUpTextMax: 1000,
  /** Earliest date an activity may start: older records are not this system's business. */
  earliestStart: '2015-01-01T00:00:00Z',
  /** How far ahead an activity may be planned. */
  planAheadDays: 2 * 366,
  /** Longest event. */
  maxDurationDays: 31,
  /** Planned activities of two agencies in one kecamatan this close together are flagged on the calendar. */
  overlapWindowDays: 7,
} as const;

/** Statuses in which the lead agency may still change the record. */
export const EDITABLE_STATUSES: readonly ActivityStatus[] = [ActivityStatus.PLANNED, ActivityStatus.DRAFT, ActivityStatus.RETURNED];

/** What a person may do to one activity, decided from the facts only; the API enforces the same function. */
export type ActivityAction = 'EDIT' | 'MARK_HELD' | 'SUBMIT' | 'VERIFY' | 'RETURN' | 'REOPEN' | 'INVITE' | 'ANSWER_INVITATION' | 'EDIT_OWN_PARTICIPANTS' | 'ADD_FOLLOW_UP' | 'ADD_EVIDENCE';

export interface ActivityActionFacts {
  status: ActivityStatus;
  /** The person's relation to the activity through their agency. */
  relation: 'LEAD' | 'CO_ORGANISER' | 'NONE';
  coOrganiserStatus: CoOrganiserStatus | null;
  /** The person may record activities for their agency (officers and heads). */
  canWrite: boolean;
  /** The person is a head (verifies, returns, reopens for their agency). */
  canVerify: boolean;
  startsInFuture: boolean;
  /**
   * The person created or submitted it while another active head of the lead agency exists: separation of duties
   * leaves verifying to that other head (a head who is alone may verify their own work; it is shown as such).
   */
  ownWorkWithAnotherHead?: boolean;
}

export function allowedActivityActions(f: ActivityActionFacts): ActivityAction[] {
  const actions: ActivityAction[] = [];
  if (!f.canWrite && !f.canVerify) return actions;
  const editable = EDITABLE_STATUSES.includes(f.status);
  if (f.relation === 'LEAD') {
    if (editable && f.canWrite) actions.push('EDIT', 'INVITE', 'ADD_EVIDENCE');
    if (f.status === ActivityStatus.PLANNED && f.canWrite && !f.startsInFuture) actions.push('MARK_HELD');
    if ((f.status === ActivityStatus.DRAFT || f.status === ActivityStatus.RETURNED) && f.canWrite && !f.startsInFuture) actions.push('SUBMIT');
    if (f.status === ActivityStatus.SUBMITTED && f.canVerify) actions.push(...(f.ownWorkWithAnotherHead ? [] : (['VERIFY'] as const)), 'RETURN');
    if (f.status === ActivityStatus.VERIFIED && f.canVerify) actions.push('REOPEN');
    if (f.canWrite) actions.push('ADD_FOLLOW_UP');
  }
  // A declined invitation is closed: joining again takes a new invitation from the lead (inviteCoOrganiserAgain).
  if (f.relation === 'CO_ORGANISER' && f.canWrite && f.status !== ActivityStatus.VERIFIED && f.coOrganiserStatus !== CoOrganiserStatus.DECLINED) {
    actions.push('ANSWER_INVITATION');
    if (editable && f.coOrganiserStatus === CoOrganiserStatus.ACCEPTED) actions.push('EDIT_OWN_PARTICIPANTS', 'ADD_EVIDENCE');
  }
  return actions;
}

/** Indonesia's three time zones, by province (no daylight saving anywhere). */
export enum IndonesianTimeZone {
  WIB = 'WIB',
  WITA = 'WITA',
  WIT = 'WIT',
}

export const TIME_ZONE_IANA: Readonly<Record<IndonesianTimeZone, string>> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};

export const TIME_ZONE_OFFSET_HOURS: Readonly<Record<IndonesianTimeZone, number>> = { WIB: 7, WITA: 8, WIT: 9 };

/**
 * The zone a region keeps, from its province code: Sumatra, Java, West and Central Kalimantan are WIB; Bali,
 * Nusa Tenggara, South/East/North Kalimantan and Sulawesi WITA; Maluku and Papua WIT.
 */
export function timeZoneOfRegion(code: string): IndonesianTimeZone {
  const province = Number(code.slice(0, 2));
  if (province >= 81) return IndonesianTimeZone.WIT;
  if (province >= 63 || (province >= 51 && province <= 53) || province >= 71) return IndonesianTimeZone.WITA;
  return IndonesianTimeZone.WIB;
}
