import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DeleteForeverOutlined from '@mui/icons-material/DeleteForeverOutlined';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined';
import type { LabelKey } from '@warden/shared';
import { type FormEvent, type ReactNode, useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { formatInZone } from '../../../app/time/zoned-time';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import {
  COLUMN_LABELS,
  type DeletionKind,
  type DeletionRow,
  type DeletionSearch,
  EMPTY_SEARCH,
  searchFromParams,
  searchToParams,
  toApiFilter,
} from '../deletion-kind';
import { useDeletedList } from '../hooks/useDeletedList';

/** Side by side on wide screens, one per line on phones. */
const FIELD_WIDTH = { width: { xs: '100%', sm: 200 } } as const;

export interface DeletionStatusViewProps {
  kind: DeletionKind;
  timeZone: string;
}

/**
 * Security › Approval document deletion status / Pledge deletion status (R50–R54): the search
 * window, the list with checkboxes, Delete permanently behind a confirmation, the Excel download
 * of the current search, and a PDF per row.
 */
export function DeletionStatusView({ kind, timeZone }: DeletionStatusViewProps) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const paramsKey = params.toString();
  const search = useMemo(() => searchFromParams(new URLSearchParams(paramsKey)), [paramsKey]);
  const [draft, setDraft] = useState<DeletionSearch>(search);
  const filter = useMemo(() => toApiFilter(kind, search, timeZone), [kind, search, timeZone]);
  const list = useDeletedList(kind, filter);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [deletedCount, setDeletedCount] = useState<number | null>(null);
  const formId = useId();

  const rows = list.rows;
  const visibleIds = rows?.map((row) => row.id) ?? [];
  const chosen = visibleIds.filter((id) => selected.has(id));
  const allChosen = visibleIds.length > 0 && chosen.length === visibleIds.length;
  const offset = formatInZone(new Date(), timeZone).offset;

  function submit(event: FormEvent) {
    event.preventDefault();
    setParams(searchToParams(draft));
    setSelected(new Set());
    setDeletedCount(null);
  }

  function reset() {
    setDraft(EMPTY_SEARCH);
    setParams(new URLSearchParams());
    setSelected(new Set());
    setDeletedCount(null);
  }

  function toggle(id: string) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function confirmDelete() {
    const count = await list.deletePermanently(chosen);
    setConfirming(false);
    if (count !== null) {
      setDeletedCount(count);
      setSelected(new Set());
    }
  }

  const labels = COLUMN_LABELS[kind];
  const columnCount = kind === 'documents' ? 8 : 7;

  return (
    <>
      <Paper variant="outlined" component="section" aria-label={t('deletionStatus.search.label')} sx={{ p: { xs: 2, sm: 2.5 }, mb: 2 }}>
        <Box component="form" id={formId} onSubmit={submit} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
          <TextField
            label={t(kind === 'documents' ? 'deletionStatus.field.documentNumber' : 'deletionStatus.field.pledgeName')}
            value={draft.text}
            onChange={(event) => setDraft({ ...draft, text: event.target.value })}
            sx={FIELD_WIDTH}
            slotProps={{ htmlInput: { maxLength: kind === 'documents' ? 40 : 100 } }}
          />
          <TextField
            label={t('deletionStatus.field.deletedBy')}
            value={draft.deletedBy}
            onChange={(event) => setDraft({ ...draft, deletedBy: event.target.value })}
            sx={FIELD_WIDTH}
            slotProps={{ htmlInput: { maxLength: 100 } }}
          />
          <TextField
            label={t('deletionStatus.field.from')}
            type="date"
            value={draft.from}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
            sx={FIELD_WIDTH}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            label={t('deletionStatus.field.to')}
            type="date"
            value={draft.to}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
            sx={FIELD_WIDTH}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <Box sx={{ display: 'flex', gap: 1 }}>
            <Button type="submit" variant="contained">
              {t('deletionStatus.search')}
            </Button>
            <Button type="button" variant="text" onClick={reset}>
              {t('deletionStatus.reset')}
            </Button>
          </Box>
        </Box>
      </Paper>

      <Paper variant="outlined" component="section" aria-label={t(kind === 'documents' ? 'menu.APPROVAL_DOCUMENT_DELETION_STATUS' : 'menu.PLEDGE_DELETION_STATUS')}>
        <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1.5, px: { xs: 2, sm: 2.5 }, py: 1.5 }}>
          <Box sx={{ flex: 1, minWidth: 0, display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', gap: 1.5 }}>
            <Typography variant="h2" sx={{ fontSize: '1rem' }} role="status" aria-live="polite">
              {list.totalCount !== null ? t(list.totalCount === 1 ? 'deletionStatus.count.one' : 'deletionStatus.count', { count: list.totalCount }) : null}
            </Typography>
            {chosen.length > 0 ? (
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {t('deletionStatus.selected', { count: chosen.length })}
              </Typography>
            ) : null}
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {t('deletionStatus.timeZoneNote', { zone: `${timeZone} (UTC${offset})` })}
            </Typography>
          </Box>
          <Button
            variant="outlined"
            color="error"
            startIcon={<DeleteForeverOutlined />}
            disabled={chosen.length === 0}
            onClick={() => setConfirming(true)}
          >
            {t('deletionStatus.deletePermanently')}
          </Button>
          <Button
            variant="outlined"
            startIcon={<FileDownloadOutlined />}
            loading={list.downloadingList}
            disabled={Boolean(list.error)}
            onClick={() => void list.downloadList()}
          >
            {t('deletionStatus.download')}
          </Button>
        </Box>
        {deletedCount !== null ? (
          <Alert severity="success" sx={{ mx: 2.5, mb: 1.5 }} onClose={() => setDeletedCount(null)}>
            {t(deletedCount === 1 ? 'deletionStatus.deleted.one' : 'deletionStatus.deleted', { count: deletedCount })}
          </Alert>
        ) : null}
        <ErrorAlert error={list.deleteError} sx={{ mx: 2.5, mb: 1.5 }} />
        <ErrorAlert error={list.downloadListError} sx={{ mx: 2.5, mb: 1.5 }} />
        <ErrorAlert error={list.pdfError} sx={{ mx: 2.5, mb: 1.5 }} />
        <Divider />
        <Box sx={{ height: 2 }}>{list.refreshing ? <LinearProgress sx={{ height: 2 }} /> : null}</Box>

        {list.error ? (
          <Box sx={{ p: 2.5 }}>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {t('deletionStatus.error')}
            </Typography>
            <ErrorAlert error={list.error} onRetry={list.retry} />
          </Box>
        ) : (
          <TableContainer>
            <Table size="small" aria-busy={list.loading}>
              <TableHead>
                <TableRow>
                  <TableCell padding="checkbox">
                    <Checkbox
                      checked={allChosen}
                      indeterminate={chosen.length > 0 && !allChosen}
                      disabled={visibleIds.length === 0}
                      onChange={() => setSelected(allChosen ? new Set() : new Set(visibleIds))}
                      slotProps={{ input: { 'aria-label': t('deletionStatus.selectAll') } }}
                    />
                  </TableCell>
                  <TableCell>{t(labels.number)}</TableCell>
                  {/* Paired columns (title and form, person and date, deletion time and deleter) keep
                      every column, the PDF button included, on screen without sideways scrolling. */}
                  <TableCell>
                    {t(labels.title)}
                    {kind === 'documents' ? <HeaderCaption>{t('deletedDocuments.column.form')}</HeaderCaption> : null}
                  </TableCell>
                  <TableCell>
                    {t(labels.person)}
                    <HeaderCaption>{t(labels.date)}</HeaderCaption>
                  </TableCell>
                  {kind === 'documents' ? <TableCell>{t('deletedDocuments.column.status')}</TableCell> : null}
                  <TableCell>{t('deletedDocuments.column.attachments')}</TableCell>
                  <TableCell>
                    {t('deletedDocuments.column.deletedAt')}
                    <HeaderCaption>{t('deletedDocuments.column.deletedBy')}</HeaderCaption>
                  </TableCell>
                  <TableCell align="right">{t('deletionStatus.pdf')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows === null ? (
                  Array.from({ length: 3 }, (_, index) => (
                    <TableRow key={index}>
                      <TableCell colSpan={columnCount}>
                        <Skeleton />
                      </TableCell>
                    </TableRow>
                  ))
                ) : rows.length === 0 ? (
                  <TableRow>
                    <TableCell colSpan={columnCount}>
                      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, py: 4, justifyContent: 'center', color: 'text.secondary' }}>
                        <SearchOffOutlined />
                        <Typography variant="body2">{t('deletionStatus.empty')}</Typography>
                      </Box>
                    </TableCell>
                  </TableRow>
                ) : (
                  rows.map((row) => (
                    <DeletionTableRow
                      key={row.id}
                      kind={kind}
                      row={row}
                      timeZone={timeZone}
                      checked={selected.has(row.id)}
                      onToggle={() => toggle(row.id)}
                      onPdf={() => void list.downloadPdf(row.id)}
                    />
                  ))
                )}
              </TableBody>
            </Table>
          </TableContainer>
        )}

        {!list.error && list.hasNextPage ? (
          <Box sx={{ display: 'flex', justifyContent: 'center', px: 2.5, py: 1.25, borderTop: 1, borderColor: 'divider' }}>
            <Button variant="text" onClick={() => void list.loadMore()} loading={list.loadingMore}>
              {t('deletionStatus.loadMore')}
            </Button>
          </Box>
        ) : null}
        <ErrorAlert error={list.loadMoreError} onRetry={() => void list.loadMore()} sx={{ m: 2 }} />
      </Paper>

      <Dialog open={confirming} onClose={() => (list.deleting ? undefined : setConfirming(false))} aria-labelledby={`${formId}-confirm`}>
        <DialogTitle id={`${formId}-confirm`}>{t('deletionStatus.confirm.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('deletionStatus.confirm.body', { count: chosen.length })}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)} disabled={list.deleting}>
            {t('deletionStatus.confirm.cancel')}
          </Button>
          <Button color="error" variant="contained" loading={list.deleting} onClick={() => void confirmDelete()}>
            {t('deletionStatus.confirm.delete')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

function HeaderCaption({ children }: { children: ReactNode }) {
  return (
    <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontWeight: 400 }}>
      {children}
    </Box>
  );
}

function CellCaption({ children }: { children: ReactNode }) {
  return (
    <Box component="span" sx={{ display: 'block', color: 'text.secondary', typography: 'caption' }}>
      {children}
    </Box>
  );
}

function ZonedTime({ value, timeZone }: { value: string | null; timeZone: string }) {
  if (!value) return null;
  const zoned = formatInZone(value, timeZone);
  return (
    <Box component="time" dateTime={value} sx={{ whiteSpace: 'nowrap' }}>
      {zoned.text}
    </Box>
  );
}

interface DeletionTableRowProps {
  kind: DeletionKind;
  row: DeletionRow;
  timeZone: string;
  checked: boolean;
  onToggle: () => void;
  onPdf: () => void;
}

function DeletionTableRow({ kind, row, timeZone, checked, onToggle, onPdf }: DeletionTableRowProps) {
  const t = useT();
  return (
    <TableRow hover selected={checked} data-row-id={row.id}>
      <TableCell padding="checkbox">
        <Checkbox checked={checked} onChange={onToggle} slotProps={{ input: { 'aria-label': t('deletionStatus.selectRow', { name: row.number }) } }} />
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.number}</TableCell>
      {/* Titles are untrusted text from the approval service: rendered as text, never as HTML. */}
      <TableCell sx={{ minWidth: 200, maxWidth: 360, overflowWrap: 'anywhere' }}>
        {row.title}
        {kind === 'documents' && row.form ? <CellCaption>{row.form}</CellCaption> : null}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {row.person}
        <CellCaption>
          <ZonedTime value={row.date} timeZone={timeZone} />
        </CellCaption>
      </TableCell>
      {kind === 'documents' ? <TableCell>{row.status ? t(`approvalStatus.${row.status}` as LabelKey) : null}</TableCell> : null}
      <TableCell sx={{ maxWidth: 200, overflowWrap: 'anywhere' }}>{row.attachments.join(', ')}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <ZonedTime value={row.deletedAt} timeZone={timeZone} />
        <CellCaption>{row.deletedBy}</CellCaption>
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        <Button size="small" variant="text" startIcon={<PictureAsPdfOutlined />} onClick={onPdf} aria-label={t('deletionStatus.pdfFor', { name: row.number })}>
          {t('deletionStatus.pdf')}
        </Button>
      </TableCell>
    </TableRow>
  );
}
