import {
  ACTIVITY_LIMITS,
  at,
  attendanceOverTotal,
  attributableRegions,
  isFrameworkInForce,
  localDate,
  ParticipantCategory,
  requiredHomeDepth,
  timeZoneOfRegion,
  tryParseRegionCode,
} from '@jangkau/shared-domain';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isUuid } from '../../common/uuid';
import { ActivityError, ActivityErrorCode } from './activity.errors';
import { activeAgencyIds, agencyTypeAndHome, existingRegionCodes, existingTopicIds, type ItemValidity, itemValidity, villagesOfKecamatan } from './activity.repository';
import { type ActivityValues, DAY, toDateString } from './activity.rows';
import { ActivityInput, AttendanceInput, ParticipantInput } from './dto/activity.input';

/**
 * The rules of the activity form, on the server: the writer checks each create and update with them, the bulk import
 * and the demo seed check thousands of rows at once (validateMany). Reads through the caller's transaction, never
 * writes. The web form checks the same limits on the device first (feature-activity validateStep.ts).
 */
@Injectable()
export class ActivityValidator {
  /** Checks and normalises the lead's fields; every problem names its field. Reads, never writes. */
  async validate(manager: EntityManager, leadAgencyId: string, input: ActivityInput): Promise<ActivityValues> {
    const result = at(await this.validateMany(manager, leadAgencyId, [input]), 0, 'validation result');
    if (result instanceof ActivityError) throw result;
    return result;
  }

  /**
   * validate for many inputs at once: the same checks, in the same order, with each lookup (regions, villages of
   * a kecamatan, topics, programme items, agencies) made once for all of them, so a bulk import of thousands
   * costs a few queries. Each input gets its values or its first problem.
   */
  async validateMany(manager: EntityManager, leadAgencyId: string, inputs: ActivityInput[]): Promise<(ActivityValues | ActivityError)[]> {
    const codeOf = (code: string | undefined) => code?.trim() ?? '';
    const isArea = (code: string) => typeof tryParseRegionCode(code) !== 'string';
    const isVillageOrKecamatan = (code: string) => {
      const parsed = tryParseRegionCode(code);
      return typeof parsed !== 'string' && (parsed.depth === 3 || parsed.depth === 4);
    };
    const venueCodes = inputs.map((i) => codeOf(i.venueRegionCode)).filter(isArea);
    const villageCodes = inputs.flatMap((i) => (i.villages ?? []).map((v) => codeOf(v.code))).filter(isVillageOrKecamatan);
    const regions = new Set(await this.existing(manager, existingRegionCodes, [...venueCodes, ...villageCodes]));
    const kecamatan = [...new Set(villageCodes.filter((c) => c.length === 8 && regions.has(c)))];
    const villagesOf = new Map<string, string[]>();
    if (kecamatan.length) {
      const children = await villagesOfKecamatan(manager, kecamatan);
      for (const child of children) villagesOf.set(child.parent, [...(villagesOf.get(child.parent) ?? []), child.code]);
    }
    const ids = (pick: (i: ActivityInput) => string[] | undefined) => inputs.flatMap((i) => pick(i) ?? []).filter(isUuid);
    const topics = new Set(
      await this.existing(
        manager,
        existingTopicIds,
        ids((i) => i.topicIds),
      ),
    );
    const itemIds = [...new Set(ids((i) => i.programmeItemIds))];
    const itemRows: ItemValidity[] = itemIds.length ? await itemValidity(manager, itemIds) : [];
    const items = new Map(itemRows.map((item) => [item.id.toLowerCase(), item]));
    const agencies = new Set(
      await this.existing(
        manager,
        activeAgencyIds,
        ids((i) => i.coOrganiserIds),
      ),
    );
    // A village government records in its own village, a kecamatan government in its kecamatan.
    const lead = await agencyTypeAndHome(manager, leadAgencyId);
    const ownArea = lead && requiredHomeDepth(lead.type) ? lead.homeRegionCode : null;
    const known = { regions, villagesOf, topics, items, agencies, ownArea };
    return inputs.map((input) => {
      try {
        return this.check(leadAgencyId, input, known);
      } catch (error) {
        if (error instanceof ActivityError) return error;
        throw error;
      }
    });
  }

  /** Which of the values exist, by the lookup; no query for none. */
  private async existing(manager: EntityManager, lookup: (manager: EntityManager, values: string[]) => Promise<string[]>, values: string[]): Promise<string[]> {
    const unique = [...new Set(values)];
    if (!unique.length) return [];
    return lookup(manager, unique);
  }

  /** The checks of validate on one input, against what was looked up: the first problem throws. */
  private check(leadAgencyId: string, input: ActivityInput, known: Known): ActivityValues {
    const L = ACTIVITY_LIMITS;
    const title = input.title?.trim() ?? '';
    if (title.length < L.titleMin || title.length > L.titleMax) throw new ActivityError(ActivityErrorCode.TITLE_INVALID, { min: L.titleMin, max: L.titleMax }, 'title');
    const description = input.description?.trim() ?? '';
    if (description.length > L.descriptionMax) throw new ActivityError(ActivityErrorCode.DESCRIPTION_TOO_LONG, { max: L.descriptionMax }, 'description');
    const venueName = input.venueName?.trim() ?? '';
    if (!venueName || venueName.length > L.venueNameMax) throw new ActivityError(ActivityErrorCode.VENUE_NAME_INVALID, { max: L.venueNameMax }, 'venueName');

    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    const earliest = new Date(L.earliestStart);
    const latest = new Date(Date.now() + L.planAheadDays * DAY);
    const range = { from: toDateString(earliest), to: toDateString(latest) };
    if (Number.isNaN(+startsAt) || startsAt < earliest || startsAt > latest) throw new ActivityError(ActivityErrorCode.DATE_OUT_OF_RANGE, range, 'startsAt');
    if (Number.isNaN(+endsAt) || endsAt > new Date(+latest + L.maxDurationDays * DAY)) throw new ActivityError(ActivityErrorCode.DATE_OUT_OF_RANGE, range, 'endsAt');
    if (endsAt <= startsAt) throw new ActivityError(ActivityErrorCode.END_BEFORE_START, {}, 'endsAt');
    if (+endsAt - +startsAt > L.maxDurationDays * DAY) throw new ActivityError(ActivityErrorCode.TOO_LONG, { max: L.maxDurationDays }, 'endsAt');

    const venueRegionCode = input.venueRegionCode?.trim() ?? '';
    if (typeof tryParseRegionCode(venueRegionCode) === 'string' || !known.regions.has(venueRegionCode)) {
      throw new ActivityError(ActivityErrorCode.VENUE_REGION_NOT_FOUND, { code: venueRegionCode.slice(0, 20) }, 'venueRegionCode');
    }

    const tooMany = (list: unknown[] | undefined, max: number, field: string) => {
      if ((list?.length ?? 0) > max) throw new ActivityError(ActivityErrorCode.TOO_MANY, { max }, field);
    };
    tooMany(input.topicIds, L.topicsMax, 'topicIds');
    tooMany(input.programmeItemIds, L.programmeItemsMax, 'programmeItemIds');
    tooMany(input.coOrganiserIds, L.coOrganisersMax, 'coOrganiserIds');
    tooMany(input.villages, L.villagesMax, 'villages');

    const topicIds = [...new Set(input.topicIds ?? [])];
    if (topicIds.some((t) => !isUuid(t) || !known.topics.has(t.toLowerCase()))) throw new ActivityError(ActivityErrorCode.TOPIC_NOT_FOUND, {}, 'topicIds');

    const programmeItemIds = [...new Set(input.programmeItemIds ?? [])];
    if (programmeItemIds.some((t) => !isUuid(t) || !known.items.has(t.toLowerCase()))) throw new ActivityError(ActivityErrorCode.PROGRAMME_ITEM_NOT_FOUND, {}, 'programmeItemIds');
    // The shared rule: an activity names items of the frameworks in force on its date, the day it starts in its venue's zone.
    const date = localDate(startsAt, timeZoneOfRegion(venueRegionCode));
    const outside = programmeItemIds.map((t) => known.items.get(t.toLowerCase())!).find((item) => !isFrameworkInForce(item, date));
    if (outside) {
      const { number, framework, validFrom, validTo } = outside;
      throw new ActivityError(ActivityErrorCode.PROGRAMME_ITEM_NOT_IN_FORCE, { number, framework, validFrom, validTo, date }, 'programmeItemIds');
    }

    const coOrganiserIds = [...new Set(input.coOrganiserIds ?? [])];
    if (coOrganiserIds.includes(leadAgencyId)) throw new ActivityError(ActivityErrorCode.LEAD_AS_CO_ORGANISER, {}, 'coOrganiserIds');
    if (coOrganiserIds.some((t) => !isUuid(t) || !known.agencies.has(t.toLowerCase()))) throw new ActivityError(ActivityErrorCode.AGENCY_NOT_FOUND, {}, 'coOrganiserIds');

    const villages = this.expandVillages(input.villages ?? [], known);
    if (known.ownArea) {
      const area = known.ownArea;
      const inside = (code: string) => code === area || code.startsWith(`${area}.`);
      if (!inside(venueRegionCode)) throw new ActivityError(ActivityErrorCode.OUTSIDE_OWN_AREA, { code: area }, 'venueRegionCode');
      if (!villages.every((v) => inside(v.code))) throw new ActivityError(ActivityErrorCode.OUTSIDE_OWN_AREA, { code: area }, 'villages');
    }

    const participants = validateParticipants(input.participants ?? []);
    const attendance = validateAttendance(input.attendance ?? [], villages, venueRegionCode, participants);
    return {
      type: input.type,
      title,
      description,
      startsAt,
      endsAt,
      venueName,
      venueRegionCode,
      timeZone: timeZoneOfRegion(venueRegionCode),
      programmeItemIds,
      topicIds,
      coOrganiserIds,
      villages,
      participants,
      attendance,
    };
  }

  /** Villages as given, with each kecamatan replaced by all of its villages (an explicit village keeps its reach). */
  private expandVillages(input: { code: string; reach: string }[], known: Known): { code: string; reach: string }[] {
    const codes = input.map((v, i) => ({ code: v.code?.trim() ?? '', reach: v.reach, index: i }));
    for (const v of codes) {
      const parsed = tryParseRegionCode(v.code);
      if (typeof parsed === 'string' || (parsed.depth !== 3 && parsed.depth !== 4)) {
        throw new ActivityError(ActivityErrorCode.NOT_A_VILLAGE, { code: v.code.slice(0, 20) }, `villages[${v.index}].code`);
      }
    }
    const missing = codes.find((c) => !known.regions.has(c.code));
    if (missing) throw new ActivityError(ActivityErrorCode.VILLAGE_NOT_FOUND, { code: missing.code }, `villages[${missing.index}].code`);
    const result = new Map<string, string>();
    for (const v of codes) if (v.code.length > 8) result.set(v.code, v.reach);
    for (const k of codes.filter((c) => c.code.length === 8)) {
      for (const village of known.villagesOf.get(k.code) ?? []) if (!result.has(village)) result.set(village, k.reach);
    }
    if (result.size > ACTIVITY_LIMITS.villagesMax) throw new ActivityError(ActivityErrorCode.TOO_MANY, { max: ACTIVITY_LIMITS.villagesMax }, 'villages');
    return [...result].map(([code, reach]) => ({ code, reach })).sort((a, b) => a.code.localeCompare(b.code));
  }
}

/** What validateMany looked up, for check. Ids in lower case. */
interface Known {
  regions: Set<string>;
  villagesOf: Map<string, string[]>;
  topics: Set<string>;
  items: Map<string, ItemValidity>;
  agencies: Set<string>;
  /** The lead's own region when it is a village or kecamatan government (it records inside it only). */
  ownArea: string | null;
}

/** A co-organiser's or the lead's participant counts: one row per category, whole numbers within the limit, in category order. */
export function validateParticipants(input: ParticipantInput[]): { category: string; male: number; female: number }[] {
  const seen = new Set<string>();
  const max = ACTIVITY_LIMITS.participantsPerCellMax;
  input.forEach((p, i) => {
    if (seen.has(p.category)) throw new ActivityError(ActivityErrorCode.DUPLICATE_CATEGORY, { category: p.category }, `participants[${i}].category`);
    seen.add(p.category);
    for (const sex of ['male', 'female'] as const) {
      const n = p[sex];
      if (!Number.isInteger(n) || n < 0 || n > max) throw new ActivityError(ActivityErrorCode.PARTICIPANTS_INVALID, { max }, `participants[${i}].${sex}`);
    }
  });
  const order = Object.values(ParticipantCategory) as string[];
  return input.map((p) => ({ category: p.category, male: p.male, female: p.female })).sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
}

/**
 * Attendance attributed to regions: each to a listed village or a region above one (the venue's without villages),
 * whole numbers, never more per category and sex than the participants. Rows of the same region and category add up.
 */
function validateAttendance(
  input: AttendanceInput[],
  villages: { code: string }[],
  venueRegionCode: string,
  participants: { category: string; male: number; female: number }[],
): ActivityValues['attendance'] {
  const max = ACTIVITY_LIMITS.participantsPerCellMax;
  if (input.length > ACTIVITY_LIMITS.villagesMax * 2) throw new ActivityError(ActivityErrorCode.TOO_MANY, { max: ACTIVITY_LIMITS.villagesMax * 2 }, 'attendance');
  const allowed = attributableRegions(
    villages.map((v) => v.code),
    venueRegionCode,
  );
  const merged = new Map<string, { regionCode: string; category: string; male: number; female: number }>();
  input.forEach((p, i) => {
    const regionCode = p.regionCode?.trim() ?? '';
    if (!allowed.has(regionCode)) throw new ActivityError(ActivityErrorCode.ATTENDANCE_REGION_NOT_LISTED, { code: regionCode.slice(0, 20) }, `attendance[${i}].regionCode`);
    for (const sex of ['male', 'female'] as const) {
      const n = p[sex];
      if (!Number.isInteger(n) || n < 0 || n > max) throw new ActivityError(ActivityErrorCode.PARTICIPANTS_INVALID, { max }, `attendance[${i}].${sex}`);
    }
    const key = `${regionCode}|${p.category}`;
    const row = merged.get(key) ?? { regionCode, category: p.category, male: 0, female: 0 };
    row.male += p.male;
    row.female += p.female;
    merged.set(key, row);
  });
  const rows = [...merged.values()].filter((r) => r.male + r.female > 0);
  const over = attendanceOverTotal(participants, rows);
  if (over) {
    const index = input.findIndex((p) => p.category === over.category);
    throw new ActivityError(ActivityErrorCode.ATTENDANCE_OVER_TOTAL, { category: over.category, attributed: over.attributed, total: over.total }, `attendance[${index}].${over.sex}`);
  }
  const order = Object.values(ParticipantCategory) as string[];
  return rows.sort((a, b) => a.regionCode.localeCompare(b.regionCode) || order.indexOf(a.category) - order.indexOf(b.category));
}
