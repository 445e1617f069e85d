import { graphql } from '../../../generated';

/** Returns the record whole, so the cache (keyed by id) updates its row in place. */
export const ReviewLoginRecordMutation = graphql(`
  mutation ReviewLoginRecord($id: ID!, $verdict: LoginReviewStatus!) {
    reviewLoginRecord(id: $id, verdict: $verdict) {
      ...LoginRecord_row
    }
  }
`);
