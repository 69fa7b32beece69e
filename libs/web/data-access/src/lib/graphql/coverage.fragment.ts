import { graphql } from '../../gql';

/** One child region's (or village's) coverage: the row of the dashboard's table, the map's layers and its villages. */
export const CoverageChildFieldsFragment = graphql(`
  fragment CoverageChildFields on CoverageChild {
    region {
      code
      name
      level
    }
    villagesTotal
    villagesReached
    ratio
    lastReachedOn
  }
`);

/** An area's coverage by child region: what the dashboard and the map both show, asked the same way by both. */
export const CoverageFieldsFragment = graphql(`
  fragment CoverageFields on Coverage {
    from
    to
    restricted
    villagesTotal
    villagesReached
    ratio
    region {
      ...RegionPath
    }
    agency {
      id
      name
      shortName
    }
    children {
      ...CoverageChildFields
    }
  }
`);
