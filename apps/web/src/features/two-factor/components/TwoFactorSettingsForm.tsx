import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import { useMutation } from '@apollo/client/react';
import { SERVICES, type Service } from '@warden/shared';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useT } from '../../../app/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { UpdateStepUpSettingsMutation } from '../../step-up/graphql/update-step-up-settings.mutation';

export interface TwoFactorSettingsFormProps {
  /** The saved settings: one entry per service the company has (Security included). */
  services: ReadonlyArray<{ service: Service; protected: boolean }>;
}

/** One switch per service and a Save that is enabled only when something changed (R20). */
export function TwoFactorSettingsForm({ services }: TwoFactorSettingsFormProps) {
  const t = useT();
  const headingId = useId();
  const saved = useMemo(() => new Set(services.filter((s) => s.protected).map((s) => s.service)), [services]);
  // Only the admin's changes are kept here; the rest is what the server last said.
  const [edits, setEdits] = useState<Partial<Record<Service, boolean>>>({});
  const [save, { loading, error, data, reset }] = useMutation(UpdateStepUpSettingsMutation);

  const isOn = (service: Service) => edits[service] ?? saved.has(service);
  const ordered = [...services].sort((a, b) => SERVICES.indexOf(a.service) - SERVICES.indexOf(b.service));
  const dirty = ordered.some(({ service }) => isOn(service) !== saved.has(service));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!dirty) return;
    const protectedServices = ordered.filter(({ service }) => isOn(service)).map(({ service }) => service);
    try {
      await save({ variables: { input: { protectedServices } } });
      setEdits({});
    } catch {
      // Shown through `error`; STEP_UP_REQUIRED also leads to the Additional authentication page.
    }
  }

  return (
    <Paper variant="outlined" component="form" noValidate onSubmit={handleSubmit} sx={{ overflow: 'hidden' }}>
      <Box sx={{ px: { xs: 2, sm: 2.5 }, py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
        <Typography id={headingId} variant="h2" sx={{ fontSize: '1rem' }}>
          {t('twoFactor.services')}
        </Typography>
      </Box>
      <List disablePadding aria-labelledby={headingId}>
        {ordered.map(({ service }, index) => {
          const on = isOn(service);
          const descriptionId = `${headingId}-${service}`;
          return (
            <ListItem
              key={service}
              divider={index < ordered.length - 1}
              data-service={service}
              sx={{ px: { xs: 2, sm: 2.5 }, py: 1.5, gap: 2 }}
            >
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                  <Typography sx={{ fontWeight: 600 }}>{t(`service.${service}`)}</Typography>
                  {on !== saved.has(service) ? (
                    <Chip size="small" variant="outlined" color="warning" label={t('twoFactor.unsaved')} />
                  ) : null}
                </Box>
                <Typography id={descriptionId} variant="body2" sx={{ color: 'text.secondary', mt: 0.25 }}>
                  {t(`service.description.${service}`)}
                </Typography>
              </Box>
              <Typography variant="body2" aria-hidden sx={{ color: on ? 'primary.main' : 'text.secondary', minWidth: 56, textAlign: 'right' }}>
                {on ? t('twoFactor.on') : t('twoFactor.off')}
              </Typography>
              <Switch
                checked={on}
                onChange={(event) => {
                  reset();
                  const next = event.target.checked;
                  setEdits((current) => ({ ...current, [service]: next }));
                }}
                slotProps={{
                  input: {
                    'aria-label': t('twoFactor.protect', { service: t(`service.${service}`) }),
                    'aria-describedby': descriptionId,
                  },
                }}
              />
            </ListItem>
          );
        })}
      </List>
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          flexWrap: 'wrap',
          gap: 1.5,
          px: { xs: 2, sm: 2.5 },
          py: 1.5,
          borderTop: 1,
          borderColor: 'divider',
          bgcolor: 'action.hover',
        }}
      >
        <Box sx={{ flex: 1, minWidth: 240, display: 'flex', gap: 1, color: 'text.secondary' }}>
          <InfoOutlined fontSize="small" aria-hidden sx={{ mt: '2px' }} />
          <Typography variant="body2">{t('twoFactor.validityNote')}</Typography>
        </Box>
        <Button
          variant="text"
          color="inherit"
          disabled={!dirty || loading}
          onClick={() => {
            reset();
            setEdits({});
          }}
        >
          {t('twoFactor.discard')}
        </Button>
        <Button type="submit" variant="contained" disabled={!dirty} loading={loading}>
          {t('twoFactor.save')}
        </Button>
        {error ? <ErrorAlert error={error} sx={{ flexBasis: '100%' }} /> : null}
        {data && !dirty && !error ? (
          <Alert severity="success" role="status" sx={{ flexBasis: '100%' }}>
            {t('twoFactor.saved')}
          </Alert>
        ) : null}
      </Box>
    </Paper>
  );
}
