import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../app/i18n';
import { addDays, calendarDateInZone, formatInZone, isCalendarDate, startOfDayInZone, type CalendarDate } from '../../../app/time/zoned-time';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLoadMore } from '../../../ui/useLoadMore';
import { SupportAccessLogQuery, UpdateSupportAccessMutation } from '../graphql/support-access.query';

const END_CHOICES = ['NONE', 'TODAY', 'DAY1', 'DAY7', 'DATE'] as const;
type EndChoice = (typeof END_CHOICES)[number];
/** The API refuses an end date more than 90 days ahead. */
const MAX_DAYS_AHEAD = 90;
const LOG_PAGE_SIZE = 50;

/** The last second of a day in the company's zone: access ends when that day does. */
export function endOfDayInZone(day: CalendarDate, timeZone: string): string {
  return new Date(Date.parse(startOfDayInZone(addDays(day, 1), timeZone)) - 1000).toISOString();
}

interface Decision {
  agreed: boolean;
  endsAt?: string | null;
  grantedAt?: string | null;
  grantedBy?: { name: string } | null;
}

/** Security › Support access: agree or not, an optional end date, and the log of support requests. */
export function SupportAccessView({ decision, timeZone }: { decision: Decision; timeZone: string }) {
  const t = useT();
  const decisionLabelId = useId();
  const endLabelId = useId();
  const today = calendarDateInZone(new Date(), timeZone);
  const [agreed, setAgreed] = useState(decision.agreed);
  const [end, setEnd] = useState<EndChoice>('NONE');
  const [day, setDay] = useState<CalendarDate>(addDays(today, 7));
  const [save, saving] = useMutation(UpdateSupportAccessMutation);
  const shown = (instant: string) => formatInZone(instant, timeZone).text;

  const endDay: CalendarDate | null =
    end === 'TODAY' ? today : end === 'DAY1' ? addDays(today, 1) : end === 'DAY7' ? addDays(today, 7) : end === 'DATE' && isCalendarDate(day) ? day : null;
  const invalidDay = end === 'DATE' && (!isCalendarDate(day) || day < today || day > addDays(today, MAX_DAYS_AHEAD));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (invalidDay) return;
    const endsAt = agreed && endDay ? endOfDayInZone(endDay, timeZone) : null;
    try {
      await save({ variables: { input: { agreed, endsAt } } });
    } catch {
      // Shown through `saving.error`.
    }
  }

  const state = decision.agreed
    ? decision.endsAt
      ? t('supportAccess.state.agreedUntil', {
          date: shown(decision.endsAt),
          name: decision.grantedBy?.name ?? '—',
          grantedAt: decision.grantedAt ? shown(decision.grantedAt) : '—',
        })
      : t('supportAccess.state.agreed', {
          name: decision.grantedBy?.name ?? '—',
          grantedAt: decision.grantedAt ? shown(decision.grantedAt) : '—',
        })
    : t('supportAccess.state.notAgreed');

  return (
    <>
      <Paper variant="outlined" component="form" noValidate onSubmit={handleSubmit} sx={{ p: { xs: 2, sm: 2.5 }, mb: 3 }}>
        <Alert severity={decision.agreed ? 'success' : 'info'} role="status" data-agreed={decision.agreed} sx={{ mb: 2.5 }}>
          {state}
        </Alert>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: { xs: 2, md: 5 }, alignItems: 'flex-start' }}>
          <FormControl>
            <FormLabel id={decisionLabelId} sx={{ fontWeight: 600, fontSize: '0.875rem' }}>
              {t('supportAccess.decision')}
            </FormLabel>
            <RadioGroup
              row
              aria-labelledby={decisionLabelId}
              name="agreed"
              value={agreed ? 'yes' : 'no'}
              onChange={(event) => {
                saving.reset();
                setAgreed(event.target.value === 'yes');
              }}
            >
              <FormControlLabel value="yes" control={<Radio size="small" />} label={t('supportAccess.agree')} />
              <FormControlLabel value="no" control={<Radio size="small" />} label={t('supportAccess.disagree')} />
            </RadioGroup>
          </FormControl>
          {agreed ? (
            <FormControl sx={{ minWidth: 0 }}>
              <FormLabel id={endLabelId} sx={{ fontWeight: 600, fontSize: '0.875rem', mb: 1 }}>
                {t('supportAccess.endsAt')}
              </FormLabel>
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}>
                <ToggleButtonGroup
                  exclusive
                  size="small"
                  aria-labelledby={endLabelId}
                  value={end}
                  onChange={(_, next: EndChoice | null) => {
                    if (next) setEnd(next);
                  }}
                  sx={{ flexWrap: 'wrap' }}
                >
                  {END_CHOICES.map((choice) => (
                    <ToggleButton key={choice} value={choice} sx={{ px: 1.5, textTransform: 'none' }}>
                      {t(`supportAccess.end.${choice}`)}
                    </ToggleButton>
                  ))}
                </ToggleButtonGroup>
                {end === 'DATE' ? (
                  <TextField
                    type="date"
                    size="small"
                    label={t('supportAccess.endDate')}
                    value={day}
                    onChange={(event) => setDay(event.target.value)}
                    error={invalidDay}
                    slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: today, max: addDays(today, MAX_DAYS_AHEAD) } }}
                  />
                ) : null}
              </Box>
              <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>
                {t('supportAccess.endHint', { zone: timeZone })}
              </Typography>
            </FormControl>
          ) : null}
          <Box sx={{ flex: 1 }} />
          <Button type="submit" variant="contained" loading={saving.loading} disabled={invalidDay} sx={{ alignSelf: 'flex-end' }}>
            {t('supportAccess.save')}
          </Button>
        </Box>
        {saving.error ? <ErrorAlert error={saving.error} sx={{ mt: 2 }} /> : null}
        {saving.data && !saving.error ? (
          <Alert severity="success" sx={{ mt: 2 }}>
            {t('supportAccess.saved')}
          </Alert>
        ) : null}
      </Paper>
      <SupportAccessLog timeZone={timeZone} />
    </>
  );
}

function SupportAccessLog({ timeZone }: { timeZone: string }) {
  const t = useT();
  const headingId = useId();
  const { data, error, loading, fetchMore, refetch } = useQuery(SupportAccessLogQuery, {
    variables: { first: LOG_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const connection = data?.supportAccessLog;
  const { loadMore, loadingMore, loadMoreError } = useLoadMore(fetchMore, connection?.pageInfo.endCursor);
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
      <Box sx={{ px: { xs: 2, sm: 2.5 }, py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
        <Typography id={headingId} variant="h2" sx={{ fontSize: '1rem' }}>
          {t('supportAccess.log.title')}
        </Typography>
      </Box>
      {error && !connection ? (
        <Box sx={{ p: 2.5 }}>
          <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
        </Box>
      ) : (
        <TableContainer>
          <Table size="small" aria-labelledby={headingId} aria-busy={loading && !connection}>
            <TableHead>
              <TableRow>
                <TableCell>{t('supportAccess.log.time')}</TableCell>
                <TableCell>{t('supportAccess.log.who')}</TableCell>
                <TableCell>{t('supportAccess.log.operation')}</TableCell>
                <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>IP</TableCell>
                <TableCell>{t('supportAccess.log.result')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {connection && rows.length === 0 ? (
                <TableRow>
                  <TableCell colSpan={5} sx={{ py: 5, textAlign: 'center', color: 'text.secondary' }}>
                    {t('supportAccess.log.empty')}
                  </TableCell>
                </TableRow>
              ) : null}
              {rows.map((row) => {
                const time = formatInZone(row.occurredAt, timeZone);
                return (
                  <TableRow key={row.id} data-log-id={row.id}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <time dateTime={row.occurredAt}>{`${time.text} (${time.offset})`}</time>
                    </TableCell>
                    <TableCell>{row.supportAccountName}</TableCell>
                    <TableCell sx={{ wordBreak: 'break-word' }}>
                      <Typography variant="body2" component="span" sx={{ fontFamily: 'monospace' }}>
                        {[row.operationType, row.operationName].filter(Boolean).join(' ') || '—'}
                      </Typography>
                      {row.fields.length > 0 ? (
                        <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
                          {row.fields.join(', ')}
                        </Typography>
                      ) : null}
                    </TableCell>
                    <TableCell sx={{ display: { xs: 'none', md: 'table-cell' }, fontFamily: 'monospace' }}>{row.ip ?? '—'}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        variant="outlined"
                        color={row.allowed ? 'success' : 'error'}
                        label={row.allowed ? t('supportAccess.log.allowed') : t('supportAccess.log.refused')}
                        title={row.refusalReason ?? undefined}
                      />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {connection?.pageInfo.hasNextPage || loadMoreError ? (
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', flexWrap: 'wrap', gap: 1, px: 2.5, py: 1.25, borderTop: 1, borderColor: 'divider' }}>
          {connection?.pageInfo.hasNextPage ? (
            <Button variant="text" onClick={() => void loadMore()} loading={loadingMore}>
              {t('loginStatus.loadMore')}
            </Button>
          ) : null}
          {loadMoreError ? <ErrorAlert error={loadMoreError} onRetry={() => void loadMore()} sx={{ flexBasis: '100%' }} /> : null}
        </Box>
      ) : null}
    </Paper>
  );
}
