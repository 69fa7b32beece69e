import type { ActivityDetailFragment, ActivityInput, ActivityType, ParticipantCategory, VillageReach } from '@jangkau/web-data-access';
import { attributableRegions } from '@jangkau/shared-domain';
import { instantAt, timeZoneOfRegion, wallClock } from './time';

export const CATEGORIES: ParticipantCategory[] = ['CAMAT', 'LURAH', 'KEPALA_DESA', 'PERANGKAT_DESA', 'TOKOH_MASYARAKAT', 'MASYARAKAT_UMUM', 'CALON_PMI', 'PELAJAR', 'LAINNYA'];
export const OFFICIALS: ParticipantCategory[] = ['CAMAT', 'LURAH', 'KEPALA_DESA'];
export const REACHES: VillageReach[] = ['OFFICIALS_ATTENDED', 'HELD_IN_VILLAGE', 'RESIDENTS_ATTENDED'];

export interface PickedVillage {
  code: string;
  name: string;
  reach: VillageReach;
}

/** People of one category attributed to a region the activity lists (a village, or the kecamatan above one). */
export interface AttendanceRow {
  regionCode: string;
  category: ParticipantCategory;
  male: number;
  female: number;
}

/** Everything the form holds, as plain JSON so it can be kept on the device while the user works. */
export interface ActivityFormState {
  type: ActivityType;
  title: string;
  description: string;
  date: string;
  startTime: string;
  endDate: string;
  endTime: string;
  venueName: string;
  venueRegion: { code: string; name: string } | null;
  programmeItemIds: string[];
  topicIds: string[];
  coOrganiserIds: string[];
  villages: PickedVillage[];
  participants: Record<string, { male: number; female: number }>;
  /** The lead's attendance per village (optional: drafts kept before it existed have none). */
  attendance?: AttendanceRow[];
  planned: boolean;
}

export function emptyForm(): ActivityFormState {
  return {
    type: 'SOSIALISASI',
    title: '',
    description: '',
    date: '',
    startTime: '09:00',
    endDate: '',
    endTime: '12:00',
    venueName: '',
    venueRegion: null,
    programmeItemIds: [],
    topicIds: [],
    coOrganiserIds: [],
    villages: [],
    participants: {},
    attendance: [],
    planned: false,
  };
}

/** The form filled from an activity as the server has it (the lead's own participant rows only). */
export function formFromActivity(a: ActivityDetailFragment): ActivityFormState {
  const start = wallClock(a.startsAt, a.timeZone);
  const end = wallClock(a.endsAt, a.timeZone);
  const participants: ActivityFormState['participants'] = {};
  for (const p of a.participants) if (p.agency.id === a.leadAgencyId) participants[p.category] = { male: p.male, female: p.female };
  return {
    type: a.type,
    title: a.title,
    description: a.description,
    date: start.date,
    startTime: start.time,
    endDate: end.date === start.date ? '' : end.date,
    endTime: end.time,
    venueName: a.venueName,
    venueRegion: { code: a.venueRegion.code, name: a.venueRegion.name },
    programmeItemIds: a.programmeItems.map((i) => i.id),
    topicIds: a.topics.map((i) => i.id),
    coOrganiserIds: a.coOrganisers.map((c) => c.agency.id),
    villages: a.villages.map((v) => ({ code: v.code, name: v.region.name, reach: v.reach })),
    participants,
    attendance: a.attendance.filter((r) => r.agency.id === a.leadAgencyId).map((r) => ({ regionCode: r.regionCode, category: r.category, male: r.male, female: r.female })),
    planned: a.status === 'PLANNED',
  };
}

/** The API input; times are read in the venue's zone. Null fields are left for the server to name. */
export function toInput(form: ActivityFormState): ActivityInput {
  const zone = form.venueRegion ? timeZoneOfRegion(form.venueRegion.code) : 'WIB';
  return {
    type: form.type,
    title: form.title,
    description: form.description,
    startsAt: instantAt(form.date, form.startTime, zone) ?? '',
    endsAt: instantAt(form.endDate || form.date, form.endTime, zone) ?? '',
    venueName: form.venueName,
    venueRegionCode: form.venueRegion?.code ?? '',
    programmeItemIds: form.programmeItemIds,
    topicIds: form.topicIds,
    coOrganiserIds: form.coOrganiserIds,
    villages: form.villages.map((v) => ({ code: v.code, reach: v.reach })),
    participants: CATEGORIES.filter((c) => (form.participants[c]?.male ?? 0) + (form.participants[c]?.female ?? 0) > 0).map((category) => ({
      category,
      male: form.participants[category]?.male ?? 0,
      female: form.participants[category]?.female ?? 0,
    })),
    attendance: attendanceToSend(form),
  };
}

/** Attendance rows still attributable (a village removed since takes its rows with it), without empty ones. */
export function attendanceToSend(form: Pick<ActivityFormState, 'attendance' | 'villages' | 'venueRegion'>): AttendanceRow[] {
  const allowed = attributableRegions(
    form.villages.map((v) => v.code),
    form.venueRegion?.code ?? '',
  );
  return (form.attendance ?? []).filter((r) => r.male + r.female > 0 && allowed.has(r.regionCode));
}

/** Kelurahan codes have a fourth part starting with 1 (15.02.02.1009); desa with 2. Their head is a lurah or a kepala desa. */
export function headOfVillage(code: string): ParticipantCategory {
  return code.split('.')[3]?.startsWith('1') ? 'LURAH' : 'KEPALA_DESA';
}

export function participantTotals(participants: ActivityFormState['participants']) {
  let male = 0;
  let female = 0;
  let officials = 0;
  for (const [category, n] of Object.entries(participants)) {
    male += n.male;
    female += n.female;
    if (OFFICIALS.includes(category as ParticipantCategory)) officials += n.male + n.female;
  }
  return { male, female, total: male + female, officials };
}

/** Villages grouped by kecamatan (the first three parts of the code), in code order. */
export function byKecamatan<T extends { code: string }>(villages: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const v of [...villages].sort((a, b) => a.code.localeCompare(b.code))) {
    const key = v.code.split('.').slice(0, 3).join('.');
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  return [...groups];
}
