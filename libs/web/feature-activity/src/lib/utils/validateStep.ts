import { ACTIVITY_LIMITS, attendanceOverTotal } from '@jangkau/shared-domain';
import { attendanceToSend, CATEGORIES, type ActivityFormState } from './formState';
import { programmeChoices, type FormFramework } from './programmeChoices';
import { instantAt, timeZoneOfRegion } from './time';

export const STEPS = ['what', 'where', 'who', 'review'] as const;
export type Step = (typeof STEPS)[number];

/** A field of the form a problem points at; each has an element with the id `fieldId(field)` to focus. */
export type FormField =
  | 'type'
  | 'title'
  | 'description'
  | 'date'
  | 'startTime'
  | 'endTime'
  | 'endDate'
  | 'programmeItemIds'
  | 'topicIds'
  | 'venueName'
  | 'venueRegion'
  | 'villages'
  | 'coOrganiserIds'
  | 'participants'
  | 'attendance';

/** The step that shows each field. */
export const STEP_OF: Record<FormField, Step> = {
  type: 'what',
  title: 'what',
  description: 'what',
  date: 'what',
  startTime: 'what',
  endTime: 'what',
  endDate: 'what',
  programmeItemIds: 'what',
  topicIds: 'what',
  venueName: 'where',
  venueRegion: 'where',
  villages: 'where',
  coOrganiserIds: 'where',
  participants: 'who',
  attendance: 'who',
};

/** The element id of a field (the input itself, or the group holding its inputs). */
export const fieldId = (field: FormField) => `activity-${field}`;

/** A problem found on the device: which field, and the message key (under activityForm.problem) with its values. */
export interface Problem {
  field: FormField;
  step: Step;
  key: string;
  values?: Record<string, string | number>;
}

export interface ValidationContext {
  /** Today, as the API will see it when the form is sent (dates are checked against it). */
  now: Date;
  /** The programme frameworks (with their items): an item not in force on the activity's date is refused. */
  frameworks?: readonly FormFramework[];
  /** The person's agency: it leads, so it cannot also co-organise. */
  leadAgencyId?: string | null;
}

const DAY = 86_400_000;
const L = ACTIVITY_LIMITS;

/**
 * Every problem of one step (or, for the review step, of the whole form) that the API's validation
 * (ActivityService.check) would refuse, with the same limits, found on the device so the person sees them all at
 * once instead of one answer at a time. Also one rule the API leaves open: a record names at least one village it
 * reached (that is what the dashboards count).
 */
export function validateStep(form: ActivityFormState, step: Step, context: ValidationContext): Problem[] {
  if (step === 'review') return STEPS.filter((s) => s !== 'review').flatMap((s) => validateStep(form, s, context));
  const problems: Problem[] = [];
  const add = (field: FormField, key: string, values?: Problem['values']) => problems.push({ field, step: STEP_OF[field], key, values });

  if (step === 'what') {
    const title = form.title.trim();
    if (!title) add('title', 'titleMissing');
    else if (title.length < L.titleMin) add('title', 'titleTooShort', { min: L.titleMin });
    else if (title.length > L.titleMax) add('title', 'titleTooLong', { max: L.titleMax });
    if (form.description.trim().length > L.descriptionMax) add('description', 'descriptionTooLong', { max: L.descriptionMax });

    const dateOk = isDate(form.date);
    if (!dateOk) add('date', 'dateMissing');
    if (!isTime(form.startTime)) add('startTime', 'startTimeMissing');
    if (!isTime(form.endTime)) add('endTime', 'endTimeMissing');
    if (form.endDate && !isDate(form.endDate)) add('endDate', 'endDateInvalid');
    // The times are the venue's wall clock, read as toInput will send them (WIB until a venue is chosen).
    const zone = form.venueRegion ? timeZoneOfRegion(form.venueRegion.code) : 'WIB';
    const start = dateOk ? instantAt(form.date, form.startTime, zone) : null;
    const end = dateOk ? instantAt(form.endDate || form.date, form.endTime, zone) : null;
    if (start) {
      const earliest = new Date(L.earliestStart);
      const latest = new Date(context.now.getTime() + L.planAheadDays * DAY);
      const range = { from: isoDay(earliest), to: isoDay(latest) };
      if (Date.parse(start) < earliest.getTime() || Date.parse(start) > latest.getTime()) add('date', 'dateOutOfRange', range);
    }
    if (start && end) {
      const length = Date.parse(end) - Date.parse(start);
      if (length <= 0) add(form.endDate && form.endDate !== form.date ? 'endDate' : 'endTime', 'endNotAfterStart');
      else if (length > L.maxDurationDays * DAY) add('endDate', 'tooLong', { max: L.maxDurationDays });
    }

    if (form.programmeItemIds.length > L.programmeItemsMax) add('programmeItemIds', 'programmeItemsTooMany', { max: L.programmeItemsMax });
    else if (context.frameworks && programmeChoices(context.frameworks, form.date, form.programmeItemIds).stale.length) add('programmeItemIds', 'programmeStale');
    if (form.topicIds.length > L.topicsMax) add('topicIds', 'topicsTooMany', { max: L.topicsMax });
  }

  if (step === 'where') {
    const venueName = form.venueName.trim();
    if (!venueName) add('venueName', 'venueNameMissing');
    else if (venueName.length > L.venueNameMax) add('venueName', 'venueNameTooLong', { max: L.venueNameMax });
    if (!form.venueRegion) add('venueRegion', 'venueRegionMissing');
    if (form.villages.length === 0) add('villages', 'villagesMissing');
    else if (form.villages.length > L.villagesMax) add('villages', 'villagesTooMany', { max: L.villagesMax });
    if (form.coOrganiserIds.length > L.coOrganisersMax) add('coOrganiserIds', 'coOrganisersTooMany', { max: L.coOrganisersMax });
    else if (context.leadAgencyId && form.coOrganiserIds.includes(context.leadAgencyId)) add('coOrganiserIds', 'leadAsCoOrganiser');
  }

  if (step === 'who') {
    const cells = Object.values(form.participants).flatMap((p) => [p.male, p.female]);
    if (!cells.every(isCount)) add('participants', 'participantsInvalid', { max: L.participantsPerCellMax });
    const rows = attendanceToSend(form);
    if (!rows.every((r) => isCount(r.male) && isCount(r.female))) add('attendance', 'attendanceInvalid', { max: L.participantsPerCellMax });
    else {
      const totals = CATEGORIES.map((category) => ({ category, male: form.participants[category]?.male ?? 0, female: form.participants[category]?.female ?? 0 }));
      const over = attendanceOverTotal(totals, rows);
      if (over) add('attendance', 'attendanceOverTotal', { category: over.category, sex: over.sex, attributed: over.attributed, total: over.total });
    }
  }
  return problems;
}

/** The form field a server error names (`startsAt`, `villages[3].code`, `participants[0].male`), if any. */
export function formFieldOfServerField(field: string | null | undefined): FormField | null {
  if (!field) return null;
  const root = field.replace(/[[.].*$/, '');
  const map: Record<string, FormField> = {
    type: 'type',
    title: 'title',
    description: 'description',
    startsAt: 'date',
    endsAt: 'endTime',
    venueName: 'venueName',
    venueRegionCode: 'venueRegion',
    programmeItemIds: 'programmeItemIds',
    topicIds: 'topicIds',
    coOrganiserIds: 'coOrganiserIds',
    villages: 'villages',
    participants: 'participants',
    attendance: 'attendance',
  };
  return map[root] ?? null;
}

/** A problem the server answered with: its own message (in the caller's language), on a field when it names one. */
export interface ServerProblem {
  field: FormField | null;
  step: Step | null;
  message: string;
}

/**
 * Every error of a GraphQL answer, each placed on the form field its `extensions.field` names; and whether one of
 * them says someone changed the activity meanwhile (the person then reloads instead of overwriting).
 */
export function serverProblems(errors: readonly { message: string; extensions?: Record<string, unknown> | null }[]): { problems: ServerProblem[]; conflict: boolean } {
  const problems = errors.map((error) => {
    const field = formFieldOfServerField(typeof error.extensions?.field === 'string' ? error.extensions.field : null);
    return { field, step: field ? STEP_OF[field] : null, message: error.message };
  });
  const conflict = errors.some((e) => e.extensions?.code === 'CONFLICT' && e.extensions?.reason === 'ACTIVITY_VERSION_CONFLICT');
  return { problems, conflict };
}

/** The first step holding one of the problems, in the order of the steps. */
export function firstStepOf(problems: readonly { step: Step | null }[]): Step | null {
  return STEPS.find((s) => problems.some((p) => p.step === s)) ?? null;
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
const isTime = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
const isCount = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= L.participantsPerCellMax;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
