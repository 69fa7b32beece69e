import { graphql } from '@jangkau/web-data-access';

export const AuditPeopleQuery = graphql(`
  query AuditPeople {
    users(first: 500) {
      id
      username
      fullName
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilter) {
    auditLog(filter: $filter) {
      id
      at
      actorUsername
      operation
      entity
      entityId
      changes {
        field
        from
        to
      }
    }
  }
`);
