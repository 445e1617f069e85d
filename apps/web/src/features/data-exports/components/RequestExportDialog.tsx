import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@apollo/client/react';
import { DATA_EXPORT_SPLIT_SIZES, ErrorCode, type DataExportSplitSize, type Language } from '@warden/shared';
import { useId, useState, type FormEvent } from 'react';
import { useLanguage, useT } from '../../../app/i18n';
import { calendarDateInZone, isCalendarDate } from '../../../app/time/zoned-time';
import type { DataExport_RowFragment, DataExportItemInput } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorCodeOf, fieldErrorOf } from '../../../ui/error-code';
import { formatBytes } from '../data-export-format';
import { RequestDataExportMutation } from '../graphql/data-exports.mutations';

/** The API's limit on a task name (R41). */
export const TASK_NAME_MAX = 100;

type Field = 'taskName' | 'period' | 'items' | 'splitSize';

export interface RequestExportDialogProps {
  title: string;
  items: DataExportItemInput[];
  timeZone: string;
  onClose(): void;
  onRequested(created: DataExport_RowFragment): void;
  /** Someone else's request became active meanwhile (EXPORT_ALREADY_ACTIVE): show it in the history. */
  onShowActive(): void;
}

/** The request dialog: task name, period (all or from–to) and split size (R41). */
export function RequestExportDialog({ title, items, timeZone, onClose, onRequested, onShowActive }: RequestExportDialogProps) {
  const t = useT();
  const titleId = useId();
  const periodLabelId = useId();
  const splitLabelId = useId();
  const today = calendarDateInZone(new Date(), timeZone);
  const [taskName, setTaskName] = useState('');
  const [wholePeriod, setWholePeriod] = useState(true);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(today);
  const [splitSize, setSplitSize] = useState<DataExportSplitSize>('GB_1');
  const [submitted, setSubmitted] = useState(false);
  const [request, { loading, error, reset }] = useMutation(RequestDataExportMutation, {
    // The page's tab choice follows the active request; the history lists the new one first.
    refetchQueries: ['ExportDataPage', 'DataExports'],
    awaitRefetchQueries: true,
  });

  const trimmed = taskName.trim();
  // Characters as the API counts them (code points: an emoji is one, not two).
  const taskLength = [...taskName].length;
  const localErrors: Partial<Record<Field, string>> = {};
  if (trimmed === '') localErrors.taskName = t('exportData.taskName.required');
  else if (taskLength > TASK_NAME_MAX) localErrors.taskName = t('exportData.taskName.tooLong');
  if (!wholePeriod) {
    if (!isCalendarDate(from) || !isCalendarDate(to)) localErrors.period = t('exportData.period.required');
    else if (from > to) localErrors.period = t('exportData.period.order');
  }
  if (items.length === 0) localErrors.items = t('exportData.items.invalid');

  const { language } = useLanguage();
  const serverErrors = serverFieldErrors(error, t, taskName, language);
  const shown: Partial<Record<Field, string>> = { ...(submitted ? localErrors : {}), ...serverErrors };
  const code = errorCodeOf(error);
  // A refusal that names a field is shown beside it; everything else (EXPORT_ALREADY_ACTIVE…) above the buttons.
  const generalError = error && Object.keys(serverErrors).length === 0 ? error : null;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(localErrors).length > 0) return;
    try {
      const { data } = await request({
        variables: {
          input: {
            taskName: trimmed,
            items,
            periodFrom: wholePeriod ? null : from,
            periodTo: wholePeriod ? null : to,
            splitSize,
          },
        },
      });
      if (data) onRequested(data.requestDataExport);
    } catch {
      // Shown through `error`.
    }
  }

  const edited = () => {
    if (error) reset();
  };

  return (
    <Dialog
      open
      onClose={loading ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      {/* `display: contents` keeps the dialog's own layout (the content scrolls, the buttons stay). */}
      <Box component="form" noValidate onSubmit={handleSubmit} sx={{ display: 'contents' }}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2.5 }}>
          <Box>
            <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.75 }}>
              {t('exportData.dialog.items')}
            </Typography>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }} data-testid="export-items">
              {items.map(({ item, includeAttachments }) => (
                <Chip
                  key={item}
                  size="small"
                  variant="outlined"
                  label={
                    includeAttachments
                      ? t('exportData.withAttachments', { item: t(`dataExport.item.${item}`) })
                      : t(`dataExport.item.${item}`)
                  }
                />
              ))}
            </Box>
            {shown.items ? <FormHelperText error>{shown.items}</FormHelperText> : null}
          </Box>

          <TextField
            label={t('exportData.taskName')}
            required
            autoFocus
            value={taskName}
            onChange={(event) => {
              edited();
              setTaskName(event.target.value);
            }}
            error={Boolean(shown.taskName) || taskLength > TASK_NAME_MAX}
            helperText={
              <Box component="span" sx={{ display: 'flex', gap: 1 }}>
                <Box component="span" sx={{ flex: 1 }}>
                  {shown.taskName ?? ''}
                </Box>
                <Box component="span" aria-hidden sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  {taskLength}/{TASK_NAME_MAX}
                </Box>
              </Box>
            }
            // The counter goes past 100 so the admin sees by how much; the API refuses it as well.
            slotProps={{ htmlInput: { maxLength: TASK_NAME_MAX * 2 } }}
          />

          <FormControl error={Boolean(shown.period)}>
            <FormLabel id={periodLabelId} sx={{ fontWeight: 600, fontSize: '0.875rem' }}>
              {t('exportData.period')}
            </FormLabel>
            <RadioGroup
              row
              aria-labelledby={periodLabelId}
              value={wholePeriod ? 'ALL' : 'RANGE'}
              onChange={(event) => {
                edited();
                setWholePeriod(event.target.value === 'ALL');
              }}
            >
              <FormControlLabel value="ALL" control={<Radio size="small" />} label={t('exportData.period.all')} />
              <FormControlLabel value="RANGE" control={<Radio size="small" />} label={t('exportData.period.range')} />
            </RadioGroup>
            {wholePeriod ? null : (
              <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, mt: 1 }}>
                <TextField
                  type="date"
                  size="small"
                  label={t('exportData.periodFrom')}
                  value={from}
                  onChange={(event) => {
                    edited();
                    setFrom(event.target.value);
                  }}
                  error={Boolean(shown.period)}
                  slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: to || today } }}
                />
                <Typography aria-hidden>~</Typography>
                <TextField
                  type="date"
                  size="small"
                  label={t('exportData.periodTo')}
                  value={to}
                  onChange={(event) => {
                    edited();
                    setTo(event.target.value);
                  }}
                  error={Boolean(shown.period)}
                  slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: from || undefined } }}
                />
              </Box>
            )}
            <FormHelperText>{shown.period ?? t('exportData.period.hint', { zone: timeZone })}</FormHelperText>
          </FormControl>

          <FormControl error={Boolean(shown.splitSize)}>
            <FormLabel id={splitLabelId} sx={{ fontWeight: 600, fontSize: '0.875rem' }}>
              {t('exportData.splitSize')}
            </FormLabel>
            <RadioGroup
              row
              aria-labelledby={splitLabelId}
              value={splitSize}
              onChange={(event) => {
                edited();
                setSplitSize(event.target.value as DataExportSplitSize);
              }}
            >
              {DATA_EXPORT_SPLIT_SIZES.map((size) => (
                <FormControlLabel key={size} value={size} control={<Radio size="small" />} label={t(`dataExport.splitSize.${size}`)} />
              ))}
            </RadioGroup>
            <FormHelperText>{shown.splitSize ?? t('exportData.splitSize.hint')}</FormHelperText>
          </FormControl>

          {code === ErrorCode.EXPORT_ALREADY_ACTIVE ? (
            // Another admin (or another tab) requested one after this page was opened.
            <Alert
              severity="error"
              data-error-code={code}
              action={
                <Button color="inherit" size="small" sx={{ whiteSpace: 'nowrap' }} onClick={onShowActive}>
                  {t('exportData.openHistory')}
                </Button>
              }
            >
              {t('error.EXPORT_ALREADY_ACTIVE')} {t('exportData.alreadyActiveHint')}
            </Alert>
          ) : generalError ? (
            <ErrorAlert error={generalError} />
          ) : null}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={loading}>
            {t('exportData.close')}
          </Button>
          <Button type="submit" variant="contained" loading={loading}>
            {t('exportData.submit')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}

/** The API's BAD_USER_INPUT, beside the field it names (`taskName`, `periodFrom`, `input.items`…). */
function serverFieldErrors(error: unknown, t: ReturnType<typeof useT>, taskName: string, language: Language): Partial<Record<Field, string>> {
  const fieldError = fieldErrorOf(error);
  if (!fieldError) return {};
  const field = fieldError.field.split('.').pop() ?? '';
  if (field === 'taskName') {
    // Empty and too long are caught before sending; what is left is e.g. a control character pasted in.
    const message = [...taskName].length > TASK_NAME_MAX ? t('exportData.taskName.tooLong') : t('error.BAD_USER_INPUT');
    return { taskName: message };
  }
  if (field === 'periodFrom' || field === 'periodTo' || field === 'period') return { period: t('exportData.period.invalid') };
  if (field === 'items' || field === 'item' || field === 'includeAttachments') return { items: t('exportData.items.invalid') };
  if (field === 'splitSize') {
    // A single file larger than the chosen size (R44: no part above it): name it and the size that fits.
    const { file, bytes, fittingSplitSize } = fieldError.extensions;
    if (typeof file !== 'string' || typeof bytes !== 'number') return { splitSize: t('error.BAD_USER_INPUT') };
    const size = formatBytes(language, bytes);
    return {
      splitSize: isSplitSize(fittingSplitSize)
        ? t('exportData.splitSize.fileTooLarge', { file, size, fits: t(`dataExport.splitSize.${fittingSplitSize}`) })
        : t('exportData.splitSize.fileTooLargeForAll', { file, size }),
    };
  }
  return {};
}

function isSplitSize(value: unknown): value is DataExportSplitSize {
  return typeof value === 'string' && (DATA_EXPORT_SPLIT_SIZES as readonly string[]).includes(value);
}
