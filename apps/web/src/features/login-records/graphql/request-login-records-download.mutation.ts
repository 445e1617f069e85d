import { graphql } from '../../../generated';

export const RequestLoginRecordsDownloadMutation = graphql(`
  mutation RequestLoginRecordsDownload($filter: LoginRecordFilter) {
    requestLoginRecordsDownload(filter: $filter) {
      url
      expiresAt
    }
  }
`);
