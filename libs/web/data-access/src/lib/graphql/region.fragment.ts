import { graphql } from '../../gql';

/** A region with the regions above it (province first): what a breadcrumb or an "in Kab. X, Jambi" line needs. */
export const RegionPathFragment = graphql(`
  fragment RegionPath on Region {
    code
    name
    level
    ancestors {
      code
      name
      level
    }
  }
`);

/** A region offered to choose from: found by a search, or kept on the device for choosing offline. */
export const RegionChoiceFragment = graphql(`
  fragment RegionChoice on Region {
    code
    name
    level
    path
    villageCount
  }
`);
