import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { SxProps, Theme } from '@mui/material/styles';
import { useT } from '../app/i18n';
import { errorCodeOf, errorLabelKey } from './error-code';

export interface ErrorAlertProps {
  /** Any error from Apollo (or fetch); nothing is rendered when it is empty. */
  error: unknown;
  /** Offers a retry button when given. */
  onRetry?: () => void;
  sx?: SxProps<Theme>;
}

/** Shows an error as the label of its `extensions.code`, never as the server's raw message. */
export function ErrorAlert({ error, onRetry, sx }: ErrorAlertProps) {
  const t = useT();
  const code = errorCodeOf(error);
  if (!code) return null;
  return (
    <Alert
      severity="error"
      sx={sx}
      data-error-code={code}
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    >
      {t(errorLabelKey(code))}
    </Alert>
  );
}
