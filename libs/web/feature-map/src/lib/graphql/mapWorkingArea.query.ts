import { graphql } from '@jangkau/web-data-access';

/** The regions of an agency's working area, to outline on the map. */
export const MapWorkingAreaQuery = graphql(`
  query MapWorkingArea($id: ID!) {
    agency(id: $id) {
      id
      workingArea {
        code
        name
        level
      }
    }
  }
`);
