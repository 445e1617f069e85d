import { graphql } from '../../../generated';

/** Everything a row of the login records table shows, its detail panel included. */
export const LoginRecordFragment = graphql(`
  fragment LoginRecord_row on LoginRecord {
    id
    occurredAt
    employeeId
    employeeName
    loginId
    result
    failureReason
    environment
    ip
    country
    userAgent
    suspicious
    reasons {
      rule
      detail
    }
    reviewStatus
    reviewedAt
    reviewedByName
  }
`);
