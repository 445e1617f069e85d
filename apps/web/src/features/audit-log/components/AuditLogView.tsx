import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import KeyboardArrowDown from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUp from '@mui/icons-material/KeyboardArrowUp';
import { useQuery } from '@apollo/client/react';
import { labels, type LabelKey } from '@warden/shared';
import { Fragment, useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useT, type Translate } from '../../../app/i18n';
import { addDays, formatInZone, isCalendarDate, startOfDayInZone } from '../../../app/time/zoned-time';
import type { AuditEventFilter } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { AuditEventsQuery } from '../graphql/audit-events.query';

const PAGE_SIZE = 50;

/** A readable label for known actions; anything else shows as the API names it. */
export function actionLabel(t: Translate, action: string): string {
  const key = `auditAction.${action}`;
  return key in labels ? t(key as LabelKey) : action;
}

/** Security › Audit log (R60): actor and period kept in the URL, newest first, details on demand. */
export function AuditLogView({ timeZone }: { timeZone: string }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const actor = params.get('actor') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const [draft, setDraft] = useState({ actor, from, to });
  const [open, setOpen] = useState<string | null>(null);

  const filter = useMemo<AuditEventFilter>(() => {
    const next: AuditEventFilter = {};
    if (actor.trim()) next.actorName = actor.trim();
    if (isCalendarDate(from)) next.from = startOfDayInZone(from, timeZone);
    if (isCalendarDate(to)) next.to = startOfDayInZone(addDays(to, 1), timeZone);
    return next;
  }, [actor, from, to, timeZone]);

  const { data, error, loading, fetchMore, refetch } = useQuery(AuditEventsQuery, {
    variables: { filter, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = data?.auditEvents;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.actor.trim()) next.set('actor', draft.actor.trim());
    if (isCalendarDate(draft.from)) next.set('from', draft.from);
    if (isCalendarDate(draft.to)) next.set('to', draft.to);
    if (next.toString() === params.toString()) void refetch().catch(() => undefined);
    else setParams(next);
  }

  async function loadMore() {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } catch {
      // The query's error shows it.
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      <Paper variant="outlined" component="form" noValidate onSubmit={search} role="search" sx={{ p: { xs: 2, sm: 2.5 }, mb: 3 }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
          <TextField
            size="small"
            name="actor"
            label={t('auditLog.field.actor')}
            placeholder={t('auditLog.field.actorPlaceholder')}
            value={draft.actor}
            onChange={(event) => setDraft({ ...draft, actor: event.target.value })}
            fullWidth={false}
            sx={{ width: { xs: '100%', sm: 240 } }}
          />
          <TextField
            size="small"
            type="date"
            label={t('loginStatus.field.from')}
            value={draft.from}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
            fullWidth={false}
            sx={{ width: { xs: '100%', sm: 180 } }}
          />
          <TextField
            size="small"
            type="date"
            label={t('loginStatus.field.to')}
            value={draft.to}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
            fullWidth={false}
            sx={{ width: { xs: '100%', sm: 180 } }}
          />
          <Button type="submit" variant="contained">
            {t('loginStatus.search')}
          </Button>
        </Box>
      </Paper>

      <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
        {error && !connection ? (
          <Box sx={{ p: 2.5 }}>
            <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
          </Box>
        ) : (
          <TableContainer>
            <Table size="small" aria-label={t('menu.AUDIT_LOG')} aria-busy={loading && !connection}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('auditLog.column.time')}</TableCell>
                  <TableCell>{t('auditLog.column.actor')}</TableCell>
                  <TableCell>{t('auditLog.column.action')}</TableCell>
                  <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>{t('auditLog.column.target')}</TableCell>
                  <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>{t('auditLog.column.ip')}</TableCell>
                  <TableCell padding="checkbox">
                    <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
                      {t('auditLog.details')}
                    </span>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {connection && rows.length === 0 ? (
                  <TableRow>
                    <TableCell colSpan={6} sx={{ py: 5, textAlign: 'center', color: 'text.secondary' }}>
                      {t('auditLog.empty')}
                    </TableCell>
                  </TableRow>
                ) : null}
                {rows.map((row) => {
                  const time = formatInZone(row.occurredAt, timeZone);
                  const expanded = open === row.id;
                  return (
                    <Fragment key={row.id}>
                      <TableRow data-event-id={row.id} sx={{ '& > td': { borderBottom: expanded ? 0 : undefined } }}>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>
                          <time dateTime={row.occurredAt}>{`${time.text} (${time.offset})`}</time>
                        </TableCell>
                        <TableCell>
                          {row.actorName ?? '—'}
                          <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
                            {t(`auditLog.actorKind.${row.actorKind}`)}
                          </Typography>
                        </TableCell>
                        <TableCell>
                          {actionLabel(t, row.action)}
                          <Typography variant="caption" component="div" sx={{ color: 'text.secondary', fontFamily: 'monospace' }}>
                            {row.action}
                          </Typography>
                        </TableCell>
                        <TableCell sx={{ display: { xs: 'none', md: 'table-cell' }, wordBreak: 'break-all' }}>
                          {[row.targetType, row.targetId].filter(Boolean).join(' · ') || '—'}
                        </TableCell>
                        <TableCell sx={{ display: { xs: 'none', md: 'table-cell' }, fontFamily: 'monospace' }}>{row.ip ?? '—'}</TableCell>
                        <TableCell padding="checkbox">
                          <IconButton
                            size="small"
                            aria-expanded={expanded}
                            aria-label={expanded ? t('loginStatus.hideDetails') : t('loginStatus.showDetails')}
                            onClick={() => setOpen(expanded ? null : row.id)}
                          >
                            {expanded ? <KeyboardArrowUp fontSize="small" /> : <KeyboardArrowDown fontSize="small" />}
                          </IconButton>
                        </TableCell>
                      </TableRow>
                      <TableRow>
                        <TableCell colSpan={6} sx={{ py: 0, borderBottom: expanded ? undefined : 0 }}>
                          <Collapse in={expanded} unmountOnExit>
                            <Box sx={{ py: 1.5 }}>
                              <Typography variant="body2" sx={{ color: 'text.secondary', mb: 0.5, display: { md: 'none' } }}>
                                {[row.targetType, row.targetId, row.ip].filter(Boolean).join(' · ')}
                              </Typography>
                              {row.userAgent ? (
                                <Typography variant="caption" component="div" sx={{ color: 'text.secondary', mb: 1, wordBreak: 'break-all' }}>
                                  {row.userAgent}
                                </Typography>
                              ) : null}
                              <Box
                                component="pre"
                                sx={{ m: 0, p: 1.5, bgcolor: 'action.hover', borderRadius: 1, fontSize: '0.8rem', overflowX: 'auto', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
                              >
                                {JSON.stringify(row.details ?? {}, null, 2)}
                              </Box>
                            </Box>
                          </Collapse>
                        </TableCell>
                      </TableRow>
                    </Fragment>
                  );
                })}
              </TableBody>
            </Table>
          </TableContainer>
        )}
        {connection?.pageInfo.hasNextPage ? (
          <Box sx={{ display: 'flex', justifyContent: 'flex-end', px: 2.5, py: 1.25, borderTop: 1, borderColor: 'divider' }}>
            <Button variant="text" onClick={() => void loadMore()} loading={loadingMore}>
              {t('loginStatus.loadMore')}
            </Button>
          </Box>
        ) : null}
      </Paper>
    </>
  );
}
