import { graphql } from '../../../generated';

/** One page of the company's audit log, newest first (R60). */
export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          occurredAt
          action
          actorKind
          actorName
          targetType
          targetId
          ip
          userAgent
          details
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AuditLogViewerQuery = graphql(`
  query AuditLogViewer {
    me {
      company {
        id
        timeZone
      }
    }
  }
`);
