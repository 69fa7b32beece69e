import DataLoader from 'dataloader';
import { RegionEntity } from '../modules/region/region.entity';
import { RegionService } from '../modules/region/region.service';

/** Per-request batching: field resolvers ask these, never a repository. */
export interface Loaders {
  regionByCode: DataLoader<string, RegionEntity | null>;
  childrenOf: DataLoader<string, RegionEntity[]>;
}

export function createLoaders(regions: RegionService): Loaders {
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
  };
}
