import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import MailOutlined from '@mui/icons-material/MailOutlined';
import SmsOutlined from '@mui/icons-material/SmsOutlined';
import TimerOutlined from '@mui/icons-material/TimerOutlined';
import { ErrorCode } from '@warden/shared';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../app/i18n';
import { formatInZone } from '../../../app/time/zoned-time';
import type { StepUpChannel } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorCodeOf } from '../../../ui/error-code';
import { retryAfterSecondsOf, useStepUp } from '../hooks/useStepUp';

const CODE_LENGTH = 6;
const CHANNEL_ICONS = { EMAIL: MailOutlined, SMS: SmsOutlined } as const;

export interface StepUpFormProps {
  /** Called once the code is accepted (or the session is verified already). */
  onVerified(): void;
  onCancel(): void;
}

/** Choose e-mail or SMS, send a 6-digit code, enter it (R21–R23). */
export function StepUpForm({ onVerified, onCancel }: StepUpFormProps) {
  const t = useT();
  const stepUp = useStepUp();
  const { status, timeZone } = stepUp;
  const [chosen, setChosen] = useState<StepUpChannel | null>(null);
  const [code, setCode] = useState('');
  const channelLabelId = useId();
  const codeHintId = useId();

  if (!status) {
    return stepUp.statusError ? <ErrorAlert error={stepUp.statusError} onRetry={stepUp.retryStatus} /> : null;
  }

  const time = (instant: string) => formatInZone(instant, timeZone).text.slice(11, 16);
  const channel = chosen ?? status.channels[0]?.kind ?? null;

  if (!status.applies || status.verified) {
    return (
      <Paper variant="outlined" sx={{ p: { xs: 2.5, sm: 3 }, maxWidth: 560 }}>
        <Alert severity="success" sx={{ mb: 2 }}>
          {status.verified && status.validUntil ? t('stepUp.verified', { time: time(status.validUntil) }) : t('stepUp.notNeeded')}
        </Alert>
        <Button variant="contained" onClick={onVerified}>
          {t('stepUp.continue')}
        </Button>
      </Paper>
    );
  }

  async function send() {
    if (!channel) return;
    setCode('');
    await stepUp.sendCode(channel);
  }

  async function handleVerify(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (code.length !== CODE_LENGTH) return;
    if (await stepUp.verifyCode(code)) onVerified();
    else setCode('');
  }

  const sent = stepUp.sent;
  const retryAfter = retryAfterSecondsOf(stepUp.sendError);

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2.5, sm: 3 }, maxWidth: 560 }}>
      <Stack spacing={2.5}>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', color: 'text.secondary' }}>
          <TimerOutlined fontSize="small" aria-hidden sx={{ mt: '2px' }} />
          <Typography variant="body2">{t('stepUp.validity')}</Typography>
        </Box>

        {status.channels.length === 0 ? (
          <Alert severity="warning">{t('stepUp.noChannels')}</Alert>
        ) : (
          <FormControl>
            <FormLabel id={channelLabelId} sx={{ fontWeight: 600, fontSize: '0.875rem', mb: 0.5 }}>
              {t('stepUp.channel.label')}
            </FormLabel>
            <RadioGroup
              aria-labelledby={channelLabelId}
              name="channel"
              value={channel ?? ''}
              onChange={(event) => setChosen(event.target.value as StepUpChannel)}
            >
              {status.channels.map(({ kind, maskedDestination }) => {
                const Icon = CHANNEL_ICONS[kind];
                return (
                  <FormControlLabel
                    key={kind}
                    value={kind}
                    control={<Radio size="small" />}
                    label={
                      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                        <Icon fontSize="small" aria-hidden sx={{ color: 'text.secondary' }} />
                        <span>{t(`stepUp.channel.${kind}`)}</span>
                        <Typography component="span" variant="body2" sx={{ color: 'text.secondary', fontFamily: 'monospace' }}>
                          {maskedDestination}
                        </Typography>
                      </Box>
                    }
                  />
                );
              })}
            </RadioGroup>
          </FormControl>
        )}

        {stepUp.sendError ? (
          retryAfter !== null ? (
            <Alert severity="error" data-error-code={ErrorCode.RATE_LIMITED}>
              {t('stepUp.error.rateLimited', { minutes: Math.max(1, Math.ceil(retryAfter / 60)) })}
            </Alert>
          ) : (
            <ErrorAlert error={stepUp.sendError} />
          )
        ) : null}

        {!sent ? (
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            <Button variant="contained" onClick={() => void send()} loading={stepUp.sending} disabled={!channel}>
              {t('stepUp.send')}
            </Button>
            <Button variant="text" color="inherit" onClick={onCancel}>
              {t('stepUp.cancel')}
            </Button>
          </Box>
        ) : (
          <>
            <Alert severity="info" role="status">
              {t('stepUp.sent', { destination: sent.maskedDestination, time: time(sent.expiresAt) })}
            </Alert>
            <Divider />
            <Box component="form" noValidate onSubmit={handleVerify}>
              <Stack spacing={2}>
                {stepUp.verifyError ? (
                  errorCodeOf(stepUp.verifyError) === ErrorCode.INVALID_CREDENTIALS ? (
                    <Alert severity="error" data-error-code={ErrorCode.INVALID_CREDENTIALS}>
                      {t('stepUp.error.invalidCode')}
                    </Alert>
                  ) : (
                    <ErrorAlert error={stepUp.verifyError} />
                  )
                ) : null}
                <TextField
                  label={t('stepUp.code')}
                  name="code"
                  autoComplete="one-time-code"
                  autoFocus
                  required
                  value={code}
                  onChange={(event) => setCode(event.target.value.replace(/\D/g, '').slice(0, CODE_LENGTH))}
                  helperText={t('stepUp.codeHint')}
                  slotProps={{
                    htmlInput: {
                      inputMode: 'numeric',
                      pattern: '[0-9]{6}',
                      maxLength: CODE_LENGTH,
                      'aria-describedby': codeHintId,
                      style: { letterSpacing: '0.4em', fontFamily: 'monospace', fontSize: '1.25rem' },
                    },
                    formHelperText: { id: codeHintId },
                  }}
                  sx={{ maxWidth: 260 }}
                />
                <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                  <Button type="submit" variant="contained" loading={stepUp.verifying} disabled={code.length !== CODE_LENGTH}>
                    {t('stepUp.verify')}
                  </Button>
                  <Button variant="outlined" onClick={() => void send()} loading={stepUp.sending} disabled={!channel}>
                    {t('stepUp.resend')}
                  </Button>
                  <Button variant="text" color="inherit" onClick={onCancel}>
                    {t('stepUp.cancel')}
                  </Button>
                </Box>
              </Stack>
            </Box>
          </>
        )}
      </Stack>
    </Paper>
  );
}
