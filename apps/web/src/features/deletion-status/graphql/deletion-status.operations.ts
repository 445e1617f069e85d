import { graphql } from '../../../generated';

/** The company's zone, for dates on the page and the search window's days. */
export const DeletionStatusViewerQuery = graphql(`
  query DeletionStatusViewer {
    me {
      company {
        id
        timeZone
      }
    }
  }
`);

export const DeletedApprovalDocumentsQuery = graphql(`
  query DeletedApprovalDocuments($filter: DeletedApprovalDocumentFilter, $first: Int!, $after: String) {
    deletedApprovalDocuments(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          documentNumber
          title
          formName
          drafterName
          createdAt
          status
          deletedAt
          deletedByName
          attachments {
            fileId
            name
          }
        }
      }
    }
  }
`);

export const DeletedPledgesQuery = graphql(`
  query DeletedPledges($filter: DeletedPledgeFilter, $first: Int!, $after: String) {
    deletedPledges(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          pledgeNumber
          name
          signerName
          signedAt
          deletedAt
          deletedByName
          attachments {
            fileId
            name
          }
        }
      }
    }
  }
`);

export const PermanentlyDeleteApprovalDocumentsMutation = graphql(`
  mutation PermanentlyDeleteApprovalDocuments($ids: [ID!]!) {
    permanentlyDeleteApprovalDocuments(ids: $ids) {
      deletedCount
      notFoundIds
    }
  }
`);

export const PermanentlyDeletePledgesMutation = graphql(`
  mutation PermanentlyDeletePledges($ids: [ID!]!) {
    permanentlyDeletePledges(ids: $ids) {
      deletedCount
      notFoundIds
    }
  }
`);

export const RequestDeletedApprovalDocumentsDownloadMutation = graphql(`
  mutation RequestDeletedApprovalDocumentsDownload($filter: DeletedApprovalDocumentFilter) {
    requestDeletedApprovalDocumentsDownload(filter: $filter) {
      url
    }
  }
`);

export const RequestDeletedPledgesDownloadMutation = graphql(`
  mutation RequestDeletedPledgesDownload($filter: DeletedPledgeFilter) {
    requestDeletedPledgesDownload(filter: $filter) {
      url
    }
  }
`);

export const RequestDeletedApprovalDocumentPdfMutation = graphql(`
  mutation RequestDeletedApprovalDocumentPdf($id: ID!) {
    requestDeletedApprovalDocumentPdfDownload(id: $id) {
      url
    }
  }
`);

export const RequestDeletedPledgePdfMutation = graphql(`
  mutation RequestDeletedPledgePdf($id: ID!) {
    requestDeletedPledgePdfDownload(id: $id) {
      url
    }
  }
`);
