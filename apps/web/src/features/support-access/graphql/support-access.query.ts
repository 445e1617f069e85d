import { graphql } from '../../../generated';

/** The company's decision, and its zone (end dates are days in it). */
export const SupportAccessQuery = graphql(`
  query SupportAccess {
    supportAccess {
      agreed
      endsAt
      grantedAt
      grantedBy {
        name
      }
    }
    me {
      company {
        id
        timeZone
      }
    }
  }
`);

export const UpdateSupportAccessMutation = graphql(`
  mutation UpdateSupportAccess($input: UpdateSupportAccessInput!) {
    updateSupportAccess(input: $input) {
      agreed
      endsAt
      grantedAt
      grantedBy {
        name
      }
    }
  }
`);

/** Requests support staff sent for the company, newest first (R31). */
export const SupportAccessLogQuery = graphql(`
  query SupportAccessLog($first: Int!, $after: String) {
    supportAccessLog(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          occurredAt
          supportAccountName
          operationType
          operationName
          fields
          allowed
          refusalReason
          ip
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
