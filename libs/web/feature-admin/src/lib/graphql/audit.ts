import { graphql } from '@jangkau/web-data-access';

export const AuditPeopleQuery = graphql(`
  query AuditPeople {
    users(first: 500) {
      id
      username
      fullName
    }
    agencies(filter: { first: 500 }) {
      id
      name
      shortName
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilter) {
    auditLog(filter: $filter) {
      id
      at
      actorUsername
      actorName
      actorAgencyName
      operation
      entity
      entityId
      subjectLabel
      changes {
        field
        from
        to
      }
      references {
        value
        label
      }
    }
  }
`);
