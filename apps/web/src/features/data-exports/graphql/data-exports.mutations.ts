import { graphql } from '../../../generated';

export const RequestDataExportMutation = graphql(`
  mutation RequestDataExport($input: RequestDataExportInput!) {
    requestDataExport(input: $input) {
      ...DataExport_row
    }
  }
`);

/** Returns the export whole, so its row shows Canceled at once. */
export const CancelDataExportMutation = graphql(`
  mutation CancelDataExport($id: ID!) {
    cancelDataExport(id: $id) {
      ...DataExport_row
    }
  }
`);

export const RequestDataExportPartDownloadMutation = graphql(`
  mutation RequestDataExportPartDownload($exportId: ID!, $partNumber: Int!) {
    requestDataExportPartDownload(exportId: $exportId, partNumber: $partNumber) {
      url
      expiresAt
    }
  }
`);
