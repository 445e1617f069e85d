import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import type { Language } from '@warden/shared';
import { useLanguage, useT, type Translate } from '../../../app/i18n';
import { calendarDateInZone, formatOffset, offsetMinutes } from '../../../app/time/zoned-time';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { fieldErrorOf, type FieldError } from '../../../ui/error-code';
import { useLoginRecordSearch } from '../hooks/useLoginRecordSearch';
import { useLoginRecords } from '../hooks/useLoginRecords';
import { useLoginRecordsDownload } from '../hooks/useLoginRecordsDownload';
import { formatCount } from '../login-record-format';
import { LoginRecordSearchForm, type SearchField } from './LoginRecordSearchForm';
import { LoginRecordsTable } from './LoginRecordsTable';

export interface LoginStatusViewProps {
  /** The company's IANA zone: every day searched and every time shown is in it (R62). */
  timeZone: string;
  canReview: boolean;
}

/** Security › Login status: ① search window, ② download, ③ login records (the guide's layout). */
export function LoginStatusView({ timeZone, canReview }: LoginStatusViewProps) {
  const t = useT();
  const { language } = useLanguage();
  const searchState = useLoginRecordSearch(timeZone);
  const { filter } = searchState;
  const records = useLoginRecords(filter);
  const download = useLoginRecordsDownload();

  const fieldError = fieldErrorOf(records.error);
  const fieldErrors = fieldMessages(fieldError, t, timeZone);
  const offset = formatOffset(offsetMinutes(new Date(), timeZone));

  return (
    <>
      <LoginRecordSearchForm
        applied={searchState.search}
        appliedKey={searchState.key}
        bounds={searchState.bounds}
        errors={fieldErrors}
        searching={records.loading || records.refreshing}
        onSearch={(next) => {
          download.reset();
          if (!searchState.apply(next)) records.retry();
        }}
        onReset={() => {
          download.reset();
          if (!searchState.reset()) records.retry();
        }}
      />

      <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
        <Box
          sx={{
            display: 'flex',
            alignItems: 'center',
            flexWrap: 'wrap',
            gap: 2,
            px: { xs: 2, sm: 2.5 },
            py: 1.5,
          }}
        >
          <Box sx={{ flex: 1, minWidth: 0, display: 'flex', alignItems: 'baseline', flexWrap: 'wrap' }}>
            <Typography variant="h2" sx={{ fontSize: '1rem', mr: 1.5, '&:empty': { mr: 0 } }} role="status" aria-live="polite">
              {records.totalCount ? countLabel(t, language, records.totalCount) : null}
            </Typography>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {t('loginStatus.timeZoneNote', { zone: `${timeZone} (UTC${offset})` })}
            </Typography>
          </Box>
          <Tooltip title={t('loginStatus.downloadHint')}>
            <span>
              <Button
                variant="outlined"
                startIcon={<FileDownloadOutlined />}
                loading={download.loading}
                disabled={Boolean(records.error)}
                onClick={() => void download.download(filter)}
              >
                {t('loginStatus.download')}
              </Button>
            </span>
          </Tooltip>
        </Box>
        {download.error ? <ErrorAlert error={download.error} sx={{ mx: 2.5, mb: 1.5 }} /> : null}
        <Divider />
        <Box sx={{ height: 2 }}>{records.refreshing ? <LinearProgress sx={{ height: 2 }} /> : null}</Box>

        {records.error ? (
          <Box sx={{ p: 2.5 }}>
            {/* A refused search is fixed in the form, so it gets no retry; anything else may pass on a second try. */}
            <ErrorAlert error={records.error} onRetry={fieldError ? undefined : records.retry} />
          </Box>
        ) : (
          <LoginRecordsTable records={records.loading ? null : records.records} timeZone={timeZone} canReview={canReview} />
        )}

        {!records.error && records.records && records.records.length > 0 ? (
          <Box
            sx={{
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'space-between',
              flexWrap: 'wrap',
              gap: 1,
              px: { xs: 2, sm: 2.5 },
              py: 1.25,
              borderTop: 1,
              borderColor: 'divider',
            }}
          >
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {records.totalCount
                ? t('loginStatus.shown', {
                    shown: formatCount(language, records.records.length),
                    total: totalLabel(language, records.totalCount),
                  })
                : null}
            </Typography>
            {records.hasNextPage ? (
              <Button variant="text" onClick={() => void records.loadMore()} loading={records.loadingMore}>
                {t('loginStatus.loadMore')}
              </Button>
            ) : null}
            {records.loadMoreError ? (
              <ErrorAlert error={records.loadMoreError} onRetry={() => void records.loadMore()} sx={{ flexBasis: '100%' }} />
            ) : null}
          </Box>
        ) : null}
      </Paper>
    </>
  );
}

/** The connection's `totalCount`: exact up to 10,000, then capped. */
interface TotalCount {
  count: number;
  capped: boolean;
}

function totalLabel(language: Language, total: TotalCount): string {
  return `${formatCount(language, total.count)}${total.capped ? '+' : ''}`;
}

/** "1,234 records", "1 record", "10,000+ records". */
function countLabel(t: Translate, language: Language, total: TotalCount): string {
  const count = formatCount(language, total.count);
  if (total.capped) return t('loginStatus.count.capped', { count });
  return t(total.count === 1 ? 'loginStatus.count.one' : 'loginStatus.count.other', { count });
}

/** The API's refusal of a search, as a message beside the field it names. */
function fieldMessages(error: FieldError | null, t: Translate, timeZone: string): Partial<Record<SearchField, string>> {
  switch (error?.field) {
    case 'from': {
      const earliest = typeof error.extensions.earliest === 'string' ? calendarDateInZone(error.extensions.earliest, timeZone) : null;
      return { from: earliest ? t('loginStatus.error.from', { date: earliest }) : t('loginStatus.retentionHint') };
    }
    case 'to':
      return { to: t('loginStatus.error.to') };
    case 'ip':
      return { ip: t('loginStatus.error.ip') };
    case 'employee':
      return { employee: t('loginStatus.error.employee') };
    default:
      return {};
  }
}
