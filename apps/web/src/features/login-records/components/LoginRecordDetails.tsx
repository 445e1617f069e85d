import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import GppBadOutlined from '@mui/icons-material/GppBadOutlined';
import GppGoodOutlined from '@mui/icons-material/GppGoodOutlined';
import WarningAmberRounded from '@mui/icons-material/WarningAmberRounded';
import type { ReactNode } from 'react';
import { suspiciousReasonText } from '@warden/shared';
import { useLanguage, useT } from '../../../app/i18n';
import { formatInZone } from '../../../app/time/zoned-time';
import type { LoginRecord_RowFragment } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { StatusChip } from '../../../ui/StatusChip';
import { useReviewLoginRecord } from '../hooks/useReviewLoginRecord';

export interface LoginRecordDetailsProps {
  record: LoginRecord_RowFragment;
  timeZone: string;
  /** The admin may record a verdict (LOGIN_RECORDS_REVIEW). */
  canReview: boolean;
  /** Facts the row has no room for (on phones): environment, IP, country. */
  connection?: ReadonlyArray<{ label: string; value: ReactNode }>;
}

/** The expanded part of a row: why it was flagged, its review, and the user agent. */
export function LoginRecordDetails({ record, timeZone, canReview, connection }: LoginRecordDetailsProps) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <Box
      sx={{
        display: 'grid',
        gap: { xs: 2, md: 4 },
        gridTemplateColumns: { xs: '1fr', md: record.suspicious ? 'minmax(0, 3fr) minmax(0, 2fr)' : '1fr' },
        py: 2,
        px: { xs: 2, sm: 3 },
      }}
    >
      {record.suspicious ? (
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <DetailSection title={t('loginRecords.column.suspicious')}>
            <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: 1 }}>
              {record.reasons.map((reason) => (
                <Box component="li" key={reason.rule} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
                  <WarningAmberRounded sx={{ fontSize: 18, color: 'warning.main', mt: '1px' }} aria-hidden />
                  <Box sx={{ minWidth: 0 }}>
                    <Typography variant="body2" sx={{ fontWeight: 600 }}>
                      {t(`suspiciousRule.${reason.rule}`)}
                    </Typography>
                    <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                      {suspiciousReasonText(language, reason)}
                    </Typography>
                  </Box>
                </Box>
              ))}
            </Box>
          </DetailSection>
          <DetailSection title={t('loginRecords.column.review')}>
            <ReviewState record={record} timeZone={timeZone} canReview={canReview} />
          </DetailSection>
        </Box>
      ) : null}
      {connection ? (
        <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.75 }}>
          {connection.map(({ label, value }) => (
            <Box key={label} sx={{ display: 'contents' }}>
              <Typography component="dt" variant="body2" sx={{ color: 'text.secondary' }}>
                {label}
              </Typography>
              <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
                {value}
              </Typography>
            </Box>
          ))}
        </Box>
      ) : null}
      <DetailSection title={t('loginRecords.column.userAgent')}>
        <Typography
          variant="body2"
          sx={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: '0.8rem', overflowWrap: 'anywhere' }}
        >
          {record.userAgent ?? '—'}
        </Typography>
      </DetailSection>
    </Box>
  );
}

function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" sx={{ minWidth: 0 }}>
      <Typography
        component="h3"
        variant="overline"
        sx={{ display: 'block', color: 'text.secondary', fontWeight: 600, lineHeight: 1.6, mb: 0.5, letterSpacing: 0.6 }}
      >
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** Who reviewed the flagged login and what they concluded, or the buttons to do so. */
function ReviewState({ record, timeZone, canReview }: Omit<LoginRecordDetailsProps, 'connection'>) {
  const t = useT();
  const { review, pendingVerdict, error } = useReviewLoginRecord(record.id);

  if (record.reviewStatus) {
    const when = record.reviewedAt ? formatInZone(record.reviewedAt, timeZone) : null;
    const compromised = record.reviewStatus === 'CONFIRMED_COMPROMISED';
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <StatusChip
          tone={compromised ? 'error' : 'success'}
          label={t(`loginReview.${record.reviewStatus}`)}
          icon={compromised ? <GppBadOutlined /> : <GppGoodOutlined />}
        />
        {record.reviewedByName && when ? (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {t('loginStatus.review.by', { name: record.reviewedByName, time: `${when.text} (${when.offset})` })}
          </Typography>
        ) : null}
      </Box>
    );
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 1 }}>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {canReview ? t('loginStatus.review.question') : t('loginStatus.review.pending')}
      </Typography>
      {canReview ? (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          <Button
            size="small"
            variant="outlined"
            color="success"
            startIcon={<GppGoodOutlined />}
            loading={pendingVerdict === 'CONFIRMED_SAFE'}
            disabled={pendingVerdict !== null}
            onClick={() => review('CONFIRMED_SAFE')}
          >
            {t('loginStatus.review.confirmSafe')}
          </Button>
          <Button
            size="small"
            variant="outlined"
            color="error"
            startIcon={<GppBadOutlined />}
            loading={pendingVerdict === 'CONFIRMED_COMPROMISED'}
            disabled={pendingVerdict !== null}
            onClick={() => review('CONFIRMED_COMPROMISED')}
          >
            {t('loginStatus.review.confirmCompromised')}
          </Button>
        </Box>
      ) : null}
      <ErrorAlert error={error} sx={{ py: 0 }} />
    </Box>
  );
}
