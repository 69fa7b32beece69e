import { graphql } from '@jangkau/web-data-access';

export const RegionCountsFragment = graphql(`
  fragment RegionCountsFields on RegionCounts {
    kabupaten
    kota
    kecamatan
    desa
    kelurahan
    desaAdat
    villages
  }
`);

export const RegionSummaryFragment = graphql(`
  fragment RegionSummary on Region {
    code
    name
    level
    villageCount
    counts {
      ...RegionCountsFields
    }
  }
`);
