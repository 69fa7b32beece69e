import { graphql } from '@jangkau/web-data-access';

export const RegionSummaryFragment = graphql(`
  fragment RegionSummary on Region {
    code
    name
    level
    villageCount
    counts {
      kabupaten
      kota
      kecamatan
      desa
      kelurahan
      desaAdat
      villages
    }
  }
`);
