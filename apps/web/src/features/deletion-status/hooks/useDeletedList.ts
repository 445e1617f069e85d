import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type {
  DeletedApprovalDocumentFilter,
  DeletedApprovalDocumentsQuery as DocumentsResult,
  DeletedPledgeFilter,
  DeletedPledgesQuery as PledgesResult,
} from '../../../generated/graphql';
import { followDownloadLink } from '../../../ui/follow-download-link';
import { useLoadMore, type FetchMoreAfter } from '../../../ui/useLoadMore';
import type { DeletionKind, DeletionRow } from '../deletion-kind';
import {
  DeletedApprovalDocumentsQuery,
  DeletedPledgesQuery,
  PermanentlyDeleteApprovalDocumentsMutation,
  PermanentlyDeletePledgesMutation,
  RequestDeletedApprovalDocumentPdfMutation,
  RequestDeletedApprovalDocumentsDownloadMutation,
  RequestDeletedPledgePdfMutation,
  RequestDeletedPledgesDownloadMutation,
} from '../graphql/deletion-status.operations';

/** Rows per page; "Load more" fetches the next page by keyset cursor. */
export const DELETION_PAGE_SIZE = 50;

type Filter = DeletedApprovalDocumentFilter & DeletedPledgeFilter;
type DocumentNode = DocumentsResult['deletedApprovalDocuments']['edges'][number]['node'];
type PledgeNode = PledgesResult['deletedPledges']['edges'][number]['node'];

const documentsFilter = (filter: Filter): DeletedApprovalDocumentFilter => ({
  documentNumber: filter.documentNumber,
  deletedBy: filter.deletedBy,
  deletedFrom: filter.deletedFrom,
  deletedTo: filter.deletedTo,
});
const pledgesFilter = (filter: Filter): DeletedPledgeFilter => ({
  name: filter.name,
  deletedBy: filter.deletedBy,
  deletedFrom: filter.deletedFrom,
  deletedTo: filter.deletedTo,
});

/** A document or a pledge in the table's shape. */
function toDeletionRow(node: DocumentNode | PledgeNode): DeletionRow {
  const shared = {
    id: node.id,
    attachments: node.attachments.map((attachment) => attachment.name),
    deletedAt: node.deletedAt ?? null,
    deletedBy: node.deletedByName ?? null,
  };
  return 'documentNumber' in node
    ? { ...shared, number: node.documentNumber, title: node.title, form: node.formName, person: node.drafterName, date: node.createdAt, status: node.status }
    : { ...shared, number: node.pledgeNumber, title: node.name, form: null, person: node.signerName, date: node.signedAt, status: null };
}

/**
 * The deleted documents (or pledges) matching a filter, newest deletion first, with load more,
 * permanent delete, the Excel download and per-row PDFs. Both queries are declared; only the
 * page's kind runs.
 */
export function useDeletedList(kind: DeletionKind, filter: Filter) {
  const options = { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' } as const;
  const documents = useQuery(DeletedApprovalDocumentsQuery, {
    ...options,
    variables: { filter: documentsFilter(filter), first: DELETION_PAGE_SIZE },
    skip: kind !== 'documents',
  });
  const pledges = useQuery(DeletedPledgesQuery, {
    ...options,
    variables: { filter: pledgesFilter(filter), first: DELETION_PAGE_SIZE },
    skip: kind !== 'pledges',
  });
  const active = kind === 'documents' ? documents : pledges;

  const connection = kind === 'documents' ? documents.data?.deletedApprovalDocuments : pledges.data?.deletedPledges;
  const rows: DeletionRow[] | null = connection ? connection.edges.map(({ node }) => toDeletionRow(node)) : null;
  const totalCount = connection?.totalCount ?? null;
  const pageInfo = connection?.pageInfo ?? null;

  const { loadMore, loadingMore, loadMoreError } = useLoadMore(active.fetchMore as FetchMoreAfter, pageInfo?.endCursor);

  const refetch = active.refetch as () => Promise<unknown>;
  const retry = useCallback(() => void refetch().catch(() => undefined), [refetch]);

  // The menu disappears when the last entry goes (R50): the admin shell asks again.
  const refetchQueries = ['AdminShell'];
  const [purgeDocuments, purgeDocumentsState] = useMutation(PermanentlyDeleteApprovalDocumentsMutation, { refetchQueries });
  const [purgePledges, purgePledgesState] = useMutation(PermanentlyDeletePledgesMutation, { refetchQueries });
  const purgeState = kind === 'documents' ? purgeDocumentsState : purgePledgesState;
  /** Deletes for good; resolves to how many this request deleted, or null when it failed. */
  const deletePermanently = useCallback(
    async (ids: string[]): Promise<number | null> => {
      try {
        const deleted =
          kind === 'documents'
            ? (await purgeDocuments({ variables: { ids } })).data?.permanentlyDeleteApprovalDocuments.deletedCount
            : (await purgePledges({ variables: { ids } })).data?.permanentlyDeletePledges.deletedCount;
        await refetch().catch(() => undefined);
        return deleted ?? null;
      } catch {
        return null;
      }
    },
    [kind, purgeDocuments, purgePledges, refetch],
  );

  const [requestDocumentsXlsx, documentsXlsxState] = useMutation(RequestDeletedApprovalDocumentsDownloadMutation);
  const [requestPledgesXlsx, pledgesXlsxState] = useMutation(RequestDeletedPledgesDownloadMutation);
  const downloadState = kind === 'documents' ? documentsXlsxState : pledgesXlsxState;
  const downloadList = useCallback(async () => {
    try {
      const url =
        kind === 'documents'
          ? (await requestDocumentsXlsx({ variables: { filter: documentsFilter(filter) } })).data
              ?.requestDeletedApprovalDocumentsDownload.url
          : (await requestPledgesXlsx({ variables: { filter: pledgesFilter(filter) } })).data
              ?.requestDeletedPledgesDownload.url;
      if (url) followDownloadLink(url);
    } catch {
      // The mutation state's `error` shows it.
    }
  }, [kind, filter, requestDocumentsXlsx, requestPledgesXlsx]);

  const [requestDocumentPdf, documentPdfState] = useMutation(RequestDeletedApprovalDocumentPdfMutation);
  const [requestPledgePdf, pledgePdfState] = useMutation(RequestDeletedPledgePdfMutation);
  const pdfState = kind === 'documents' ? documentPdfState : pledgePdfState;
  const downloadPdf = useCallback(
    async (id: string) => {
      try {
        const url =
          kind === 'documents'
            ? (await requestDocumentPdf({ variables: { id } })).data?.requestDeletedApprovalDocumentPdfDownload.url
            : (await requestPledgePdf({ variables: { id } })).data?.requestDeletedPledgePdfDownload.url;
        if (url) followDownloadLink(url);
      } catch {
        // Shown through the mutation state's `error`.
      }
    },
    [kind, requestDocumentPdf, requestPledgePdf],
  );

  return {
    rows,
    totalCount,
    hasNextPage: pageInfo?.hasNextPage ?? false,
    loading: active.loading && !rows,
    refreshing: active.loading && Boolean(rows) && !loadingMore,
    error: active.error,
    retry,
    loadMore,
    loadingMore,
    loadMoreError,
    deletePermanently,
    deleting: purgeState.loading,
    deleteError: purgeState.error,
    downloadList,
    downloadingList: downloadState.loading,
    downloadListError: downloadState.error,
    downloadPdf,
    pdfError: pdfState.error,
  };
}
