import { graphql } from '@jangkau/web-data-access';

export const AgencyFieldsFragment = graphql(`
  fragment AgencyFields on Agency {
    id
    name
    shortName
    type
    officeClass
    address
    parentId
    homeRegionCode
    villageCount
    active
    activeHeadCount
    version
    workingArea {
      code
      name
      level
      villageCount
    }
  }
`);

export const AgenciesQuery = graphql(`
  query Agencies($filter: AgencyFilter) {
    agencies(filter: $filter) {
      ...AgencyFields
    }
  }
`);

export const CreateAgencyMutation = graphql(`
  mutation CreateAgency($input: AgencyInput!) {
    createAgency(input: $input) {
      ...AgencyFields
    }
  }
`);

export const UpdateAgencyMutation = graphql(`
  mutation UpdateAgency($id: ID!, $version: Int!, $input: AgencyInput!) {
    updateAgency(id: $id, version: $version, input: $input) {
      ...AgencyFields
    }
  }
`);
