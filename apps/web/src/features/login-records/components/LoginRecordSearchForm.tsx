import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormHelperText from '@mui/material/FormHelperText';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import RestartAlt from '@mui/icons-material/RestartAlt';
import SearchIcon from '@mui/icons-material/Search';
import type { LoginEnvironment } from '@warden/shared';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../app/i18n';
import {
  LOGIN_ENVIRONMENTS,
  RESULT_FILTERS,
  type LoginRecordSearch,
  type ResultFilter,
  type SearchWindow,
} from '../login-record-search';
import { visuallyHidden } from '../../../ui/visually-hidden';

/** Fields the API can name in a BAD_USER_INPUT error. */
export type SearchField = 'employee' | 'ip' | 'from' | 'to';

export interface LoginRecordSearchFormProps {
  /** The applied search; the form shows it again whenever it changes (a search, back/forward). */
  applied: LoginRecordSearch;
  /** Changes whenever the applied search does (the URL's query string). */
  appliedKey: string;
  bounds: SearchWindow;
  /** Messages to show next to fields, from the API's answer to the applied search. */
  errors: Partial<Record<SearchField, string>>;
  searching: boolean;
  onSearch(search: LoginRecordSearch): void;
  onReset(): void;
}

/** ① The search window: employee, login environment, result, IP and period (R13). */
export function LoginRecordSearchForm({ applied, appliedKey, bounds, errors, searching, onSearch, onReset }: LoginRecordSearchFormProps) {
  const t = useT();
  const [draft, setDraft] = useState(applied);
  // Follow the URL without remounting, so the focused field keeps focus after Enter.
  const [shownKey, setShownKey] = useState(appliedKey);
  if (shownKey !== appliedKey) {
    setShownKey(appliedKey);
    setDraft(applied);
  }
  const periodId = useId();
  const periodHelpId = useId();
  const update = (patch: Partial<LoginRecordSearch>) => setDraft((current) => ({ ...current, ...patch }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch({ ...draft, employee: draft.employee.trim(), ip: draft.ip.trim() });
  }

  const periodError = errors.from ?? errors.to;
  const resultLabel = (choice: ResultFilter) =>
    choice === 'ALL' || choice === 'SUSPICIOUS' ? t(`loginStatus.resultFilter.${choice}`) : t(`loginResult.${choice}`);

  return (
    <Paper
      component="form"
      role="search"
      aria-label={t('loginStatus.search.label')}
      noValidate
      onSubmit={handleSubmit}
      variant="outlined"
      sx={{ p: { xs: 2, sm: 2.5 }, mb: 3 }}
    >
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))' },
        }}
      >
        <TextField
          label={t('loginStatus.field.employee')}
          name="employee"
          placeholder={t('loginStatus.field.employeePlaceholder')}
          autoComplete="off"
          value={draft.employee}
          onChange={(event) => update({ employee: event.target.value })}
          error={Boolean(errors.employee)}
          helperText={errors.employee}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          select
          label={t('loginRecords.column.environment')}
          name="environments"
          value={draft.environments}
          onChange={(event) => {
            const value = event.target.value as unknown as LoginEnvironment[] | string;
            update({ environments: typeof value === 'string' ? (value.split(',') as LoginEnvironment[]) : value });
          }}
          slotProps={{
            inputLabel: { shrink: true },
            select: {
              multiple: true,
              displayEmpty: true,
              renderValue: (selected) => {
                const chosen = selected as LoginEnvironment[];
                if (chosen.length === 0) {
                  return <Box component="span" sx={{ color: 'text.secondary' }}>{t('loginStatus.field.allEnvironments')}</Box>;
                }
                if (chosen.length <= 2) return chosen.map((environment) => t(`loginEnvironment.${environment}`)).join(', ');
                return t('loginStatus.field.environmentsSelected', { count: chosen.length });
              },
              MenuProps: { slotProps: { paper: { sx: { maxHeight: 360 } } } },
            },
          }}
        >
          {LOGIN_ENVIRONMENTS.map((environment) => (
            <MenuItem key={environment} value={environment} dense>
              <Checkbox size="small" checked={draft.environments.includes(environment)} sx={{ p: 0.5, mr: 1 }} tabIndex={-1} />
              <ListItemText primary={t(`loginEnvironment.${environment}`)} />
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t('loginRecords.column.result')}
          name="result"
          value={draft.result}
          onChange={(event) => update({ result: event.target.value as ResultFilter })}
          slotProps={{ inputLabel: { shrink: true } }}
        >
          {RESULT_FILTERS.map((choice) => (
            <MenuItem key={choice} value={choice} dense>
              {resultLabel(choice)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('loginRecords.column.ip')}
          name="ip"
          placeholder={t('loginStatus.field.ipPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          value={draft.ip}
          onChange={(event) => update({ ip: event.target.value })}
          error={Boolean(errors.ip)}
          helperText={errors.ip}
          slotProps={{ inputLabel: { shrink: true } }}
        />

        <Box
          role="group"
          aria-labelledby={periodId}
          sx={{ gridColumn: { xs: 'auto', sm: 'span 2' }, minWidth: 0 }}
        >
          <Typography id={periodId} component="span" sx={visuallyHidden}>
            {t('loginStatus.field.period')}
          </Typography>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <TextField
              type="date"
              label={t('loginStatus.field.from')}
              name="from"
              value={draft.from}
              onChange={(event) => {
                const from = event.target.value;
                // Keep the period the right way round as the start moves past the end.
                update(from && from > draft.to ? { from, to: from } : { from });
              }}
              error={Boolean(errors.from)}
              slotProps={{
                inputLabel: { shrink: true },
                htmlInput: { min: bounds.earliest, max: bounds.today, 'aria-describedby': periodHelpId },
              }}
            />
            <Typography aria-hidden sx={{ color: 'text.secondary' }}>
              –
            </Typography>
            <TextField
              type="date"
              label={t('loginStatus.field.to')}
              name="to"
              value={draft.to}
              onChange={(event) => update({ to: event.target.value })}
              error={Boolean(errors.to)}
              slotProps={{
                inputLabel: { shrink: true },
                htmlInput: {
                  min: draft.from > bounds.earliest ? draft.from : bounds.earliest,
                  max: bounds.today,
                  'aria-describedby': periodHelpId,
                },
              }}
            />
          </Box>
          <FormHelperText id={periodHelpId} error={Boolean(periodError)} sx={{ mx: 1.75 }}>
            {periodError ?? t('loginStatus.retentionHint')}
          </FormHelperText>
        </Box>

        <Box
          sx={{
            gridColumn: { xs: 'auto', sm: 'span 2' },
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'flex-start',
            gap: 1,
          }}
        >
          <Button
            type="button"
            variant="text"
            color="inherit"
            startIcon={<RestartAlt />}
            onClick={onReset}
            sx={{ color: 'text.secondary', height: 40 }}
          >
            {t('loginStatus.reset')}
          </Button>
          <Button type="submit" variant="contained" startIcon={<SearchIcon />} loading={searching} sx={{ height: 40, px: 3 }}>
            {t('loginStatus.search')}
          </Button>
        </Box>
      </Box>
    </Paper>
  );
}
