import DataLoader from 'dataloader';
import { CoOrganiserStatus } from '@jangkau/shared-domain';
import { JangkauRequest } from '../common/access/request-context';
import { ActivityDetails } from '../modules/activity/activity-details.service';
import { EvidenceRow, EvidenceService } from '../modules/activity/evidence/evidence.service';
import type { AgencyRow } from '../modules/agency/agency.repository';
import { AgencyService } from '../modules/agency/agency.service';
import { DesaBinaanRow, DesaBinaanService } from '../modules/desa-binaan/desa-binaan.service';
import { ProgrammeItem } from '../modules/programme/models/programme.model';
import { ProgrammeService } from '../modules/programme/programme.service';
import { RegionEntity } from '../modules/region/region.entity';
import { RegionService } from '../modules/region/region.service';

/** Per-request batching: field resolvers ask these, never a repository. */
export interface Loaders {
  regionByCode: DataLoader<string, RegionEntity | null>;
  childrenOf: DataLoader<string, RegionEntity[]>;
  /** Scoped: an agency the caller may not see loads as null. */
  agencyById: DataLoader<string, AgencyRow | null>;
  workingAreaOf: DataLoader<string, string[]>;
  /** Details of activities the resolver already found visible. */
  activityVillages: DataLoader<string, Awaited<ReturnType<ActivityDetails['villagesOf']>>>;
  activityParticipants: DataLoader<string, Awaited<ReturnType<ActivityDetails['participantsOf']>>>;
  activityAttendance: DataLoader<string, Awaited<ReturnType<ActivityDetails['attendanceOf']>>>;
  activityCoOrganisers: DataLoader<string, Awaited<ReturnType<ActivityDetails['coOrganisersOf']>>>;
  activityTopics: DataLoader<string, Awaited<ReturnType<ActivityDetails['topicsOf']>>>;
  activityProgrammeItems: DataLoader<string, Awaited<ReturnType<ActivityDetails['programmeItemsOf']>>>;
  activityFollowUps: DataLoader<string, Awaited<ReturnType<ActivityDetails['followUpsOf']>>>;
  activityHistory: DataLoader<string, Awaited<ReturnType<ActivityDetails['historyOf']>>>;
  activityEvidence: DataLoader<string, EvidenceRow[]>;
  /** The caller's own agency's invitation on an activity (null: not invited). */
  myInvitation: DataLoader<string, CoOrganiserStatus | null>;
  /** An organising agency's name, as shown on an activity the caller may see. */
  agencyRef: DataLoader<string, { id: string; name: string; shortName: string } | null>;
  /** Scoped: an agency's Desa Binaan the caller may see. */
  desaBinaanOfAgency: DataLoader<string, DesaBinaanRow[]>;
  /** Scoped: the Desa Binaan the caller may see whose village lies in or under a region (none for anonymous readers). */
  desaBinaanInRegion: DataLoader<string, DesaBinaanRow[]>;
  /** Reference data: a programme item's indicators and version, for rows that name an item without them. */
  programmeItemById: DataLoader<string, ProgrammeItem | null>;
  /** An agency's active heads (id, name): who verifies its activities. */
  activeHeads: DataLoader<string, { id: string; fullName: string }[]>;
}

/** Groups rows that carry `activityId` by activity, in the order the loader was asked for. */
function byActivity<T extends { activityId: string }>(ids: readonly string[], rows: T[]): T[][] {
  const grouped = new Map<string, T[]>();
  for (const row of rows) grouped.set(row.activityId, [...(grouped.get(row.activityId) ?? []), row]);
  return ids.map((id) => grouped.get(id) ?? []);
}

export function createLoaders(
  services: { regions: RegionService; agencies: AgencyService; activities: ActivityDetails; evidence: EvidenceService; desaBinaan: DesaBinaanService; programme: ProgrammeService },
  req: JangkauRequest,
): Loaders {
  const { regions, agencies, activities, evidence, desaBinaan, programme } = services;
  return {
    regionByCode: new DataLoader(async (codes) => {
      const found = new Map((await regions.findByCodes(codes)).map((r) => [r.code, r]));
      return codes.map((code) => found.get(code) ?? null);
    }),
    childrenOf: new DataLoader(async (parents) => {
      const byParent = new Map<string, RegionEntity[]>();
      for (const child of await regions.findChildren(parents)) {
        const list = byParent.get(child.parentCode!) ?? [];
        list.push(child);
        byParent.set(child.parentCode!, list);
      }
      return parents.map((code) => byParent.get(code) ?? []);
    }),
    agencyById: new DataLoader(async (ids) => {
      const caller = req.jangkau?.caller;
      const found = new Map(caller ? (await agencies.findVisible(caller, ids)).map((a) => [a.id, a]) : []);
      return ids.map((id) => found.get(id) ?? null);
    }),
    workingAreaOf: new DataLoader(async (ids) => {
      const areas = await agencies.workingAreas(ids);
      return ids.map((id) => areas.get(id) ?? []);
    }),
    activityVillages: new DataLoader(async (ids) => byActivity(ids, await activities.villagesOf(ids))),
    activityParticipants: new DataLoader(async (ids) => byActivity(ids, await activities.participantsOf(ids))),
    activityAttendance: new DataLoader(async (ids) => byActivity(ids, await activities.attendanceOf(ids))),
    activityCoOrganisers: new DataLoader(async (ids) => byActivity(ids, await activities.coOrganisersOf(ids))),
    activityTopics: new DataLoader(async (ids) => byActivity(ids, await activities.topicsOf(ids))),
    activityProgrammeItems: new DataLoader(async (ids) => byActivity(ids, await activities.programmeItemsOf(ids))),
    activityFollowUps: new DataLoader(async (ids) => byActivity(ids, await activities.followUpsOf(ids))),
    activityHistory: new DataLoader(async (ids) => byActivity(ids, await activities.historyOf(ids))),
    activityEvidence: new DataLoader(async (ids) => byActivity(ids, await evidence.evidenceOf(ids))),
    myInvitation: new DataLoader(async (ids) => {
      const caller = req.jangkau?.caller;
      const found = caller ? await activities.invitationsOf(caller, ids) : new Map<string, CoOrganiserStatus>();
      return ids.map((id) => found.get(id) ?? null);
    }),
    agencyRef: new DataLoader(async (ids) => {
      const found = new Map((await activities.agencyRefs(ids)).map((a) => [a.id, a]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    desaBinaanOfAgency: new DataLoader(async (ids) => {
      const caller = req.jangkau?.caller;
      const found = caller ? await desaBinaan.ofAgencies(caller, ids) : new Map<string, DesaBinaanRow[]>();
      return ids.map((id) => found.get(id) ?? []);
    }),
    desaBinaanInRegion: new DataLoader(async (codes) => {
      const caller = req.jangkau?.caller;
      return caller ? desaBinaan.inRegions(caller, codes) : codes.map(() => []);
    }),
    programmeItemById: new DataLoader(async (ids) => {
      const found = new Map((await programme.items(ids)).map((i) => [i.id, i]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    activeHeads: new DataLoader(async (ids) => {
      const found = await activities.activeHeadsOf(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}
