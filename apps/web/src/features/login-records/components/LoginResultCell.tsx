import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import CheckCircleOutlineRounded from '@mui/icons-material/CheckCircleOutlineRounded';
import ErrorOutlineRounded from '@mui/icons-material/ErrorOutlineRounded';
import WarningAmberRounded from '@mui/icons-material/WarningAmberRounded';
import { useT } from '../../../app/i18n';
import type { LoginRecord_RowFragment } from '../../../generated/graphql';
import { StatusChip } from '../../../ui/StatusChip';

type ResultFields = Pick<LoginRecord_RowFragment, 'result' | 'failureReason' | 'suspicious' | 'reviewStatus'>;

/** What became of an attempt: Success, Failure with its reason, or Suspicious with its review state. */
export function LoginResultCell({ record, compact = false }: { record: ResultFields; compact?: boolean }) {
  const t = useT();
  const outcome =
    record.result === 'FAILURE' && record.failureReason
      ? `${t('loginResult.FAILURE')} · ${t(`loginFailureReason.${record.failureReason}`)}`
      : t(`loginResult.${record.result}`);

  if (record.suspicious) {
    return (
      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.25 }}>
        <StatusChip tone="warning" label={t('loginResult.SUSPICIOUS')} icon={<WarningAmberRounded />} />
        <Typography variant="caption" sx={{ color: 'text.secondary', lineHeight: 1.4, whiteSpace: compact ? 'normal' : 'nowrap' }}>
          {outcome} ·{' '}
          <Box
            component="span"
            sx={{
              fontWeight: 600,
              color: record.reviewStatus === 'CONFIRMED_COMPROMISED' ? 'error.dark' : record.reviewStatus ? 'success.dark' : 'warning.dark',
            }}
          >
            {record.reviewStatus ? t(`loginReview.${record.reviewStatus}`) : t('loginStatus.review.pending')}
          </Box>
        </Typography>
      </Box>
    );
  }
  if (record.result === 'SUCCESS') {
    return <StatusChip tone="success" label={t('loginResult.SUCCESS')} icon={<CheckCircleOutlineRounded />} />;
  }
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: 1, rowGap: 0.25 }}>
      <StatusChip tone="error" label={t('loginResult.FAILURE')} icon={<ErrorOutlineRounded />} />
      {record.failureReason ? (
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          {t(`loginFailureReason.${record.failureReason}`)}
        </Typography>
      ) : null}
    </Box>
  );
}
