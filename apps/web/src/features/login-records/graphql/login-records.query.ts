import { graphql } from '../../../generated';

/**
 * One page of login records. `withCount` is false when loading more: the count belongs to the
 * search, not the page, and counting up to 10,000 rows again for every page would be wasted work.
 */
export const LoginRecordsQuery = graphql(`
  query LoginRecords($filter: LoginRecordFilter, $first: Int!, $after: String, $withCount: Boolean! = true) {
    loginRecords(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...LoginRecord_row
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount @include(if: $withCount) {
        count
        capped
      }
    }
  }
`);
