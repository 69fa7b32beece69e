import { graphql } from '@jangkau/web-data-access';

export const IndonesiaPageQuery = graphql(`
  query IndonesiaPage {
    nationalRegionCounts {
      provinsi
      kabupaten
      kota
      kecamatan
      desa
      kelurahan
      desaAdat
      villages
    }
    provinces {
      ...RegionSummary
    }
  }
`);
