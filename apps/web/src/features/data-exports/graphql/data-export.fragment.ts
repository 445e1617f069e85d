import { graphql } from '../../../generated';

/** Everything a row of the export history shows; by id, so every query and mutation updates the same row. */
export const DataExportFragment = graphql(`
  fragment DataExport_row on DataExport {
    id
    taskName
    requestedBy {
      id
      name
    }
    requestedAt
    periodFrom
    periodTo
    items {
      item
      includeAttachments
    }
    splitSize
    status
    failureReason
    progress {
      itemsDone
      itemsTotal
      bytesDone
    }
    parts {
      partNumber
      fileName
      bytes
    }
    completedAt
    expiresAt
    cancelableUntil
    canCancel
    downloads {
      employeeName
      fileName
      downloadedAt
    }
  }
`);
