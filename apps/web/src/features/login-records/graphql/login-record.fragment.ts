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
      facts {
        failures
        windowMinutes
        country
        usualCountry
        lookback
        previousCountry
        km
        minutes
        kmh
        limitKmh
      }
    }
    reviewStatus
    reviewedAt
    reviewedByName
  }
`);
