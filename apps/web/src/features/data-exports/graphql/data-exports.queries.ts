import { graphql } from '../../../generated';

/**
 * What the page needs before it can choose a tab: the company's zone (every time shown is in it),
 * and whether a request is active (then the Export data tab is hidden, R42).
 */
export const ExportDataPageQuery = graphql(`
  query ExportDataPage {
    me {
      company {
        id
        timeZone
      }
    }
    activeDataExport {
      ...DataExport_row
    }
  }
`);

/** The company's subscribed services and the items each can export (R40). */
export const ExportCatalogQuery = graphql(`
  query ExportCatalog {
    exportCatalog {
      services {
        service
        items {
          item
          attachmentsAvailable
        }
      }
    }
  }
`);

/** One page of the export history, newest first. */
export const DataExportsQuery = graphql(`
  query DataExports($first: Int!, $after: String) {
    dataExports(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...DataExport_row
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One export, polled while it is being built: the cache updates its row in the history. */
export const DataExportQuery = graphql(`
  query DataExport($id: ID!) {
    dataExport(id: $id) {
      ...DataExport_row
    }
  }
`);
