import DataLoader from 'dataloader';
import { JangkauRequest } from '../common/access/request-context';
import { AgencyEntity } from '../modules/agency/agency.entity';
import { AgencyService } from '../modules/agency/agency.service';
import { RegionEntity } from '../modules/region/region.entity';
import { RegionService } from '../modules/region/region.service';

/** Per-request batching: field resolvers ask these, never a repository. */
export interface Loaders {
  regionByCode: DataLoader<string, RegionEntity | null>;
  childrenOf: DataLoader<string, RegionEntity[]>;
  /** Scoped: an agency the caller may not see loads as null. */
  agencyById: DataLoader<string, AgencyEntity | null>;
  workingAreaOf: DataLoader<string, string[]>;
}

export function createLoaders(services: { regions: RegionService; agencies: AgencyService }, req: JangkauRequest): Loaders {
  const { regions, agencies } = services;
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
  };
}
