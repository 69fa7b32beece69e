import { graphql } from '@jangkau/web-data-access';

/** One page of the villages behind Belum Terjangkau's counts. */
export const ReportUnreachedVillagesQuery = graphql(`
  query ReportUnreachedVillages($input: ReportInput!, $first: Int!, $offset: Int!) {
    reportUnreachedVillages(input: $input, first: $first, offset: $offset) {
      total
      asOf
      rows {
        code
        name
        kecamatan
        kabupaten
        lastReachedOn
        offices
        nearestDesaBinaan {
          code
          name
          agency
          distanceKm
          basis
        }
      }
    }
  }
`);
