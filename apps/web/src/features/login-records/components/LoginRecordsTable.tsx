import Box from '@mui/material/Box';
import Collapse from '@mui/material/Collapse';
import IconButton from '@mui/material/IconButton';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { alpha, useTheme, type SxProps, type Theme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { SvgIconComponent } from '@mui/icons-material';
import AndroidOutlined from '@mui/icons-material/AndroidOutlined';
import ApiOutlined from '@mui/icons-material/ApiOutlined';
import DesktopWindowsOutlined from '@mui/icons-material/DesktopWindowsOutlined';
import DevicesOtherOutlined from '@mui/icons-material/DevicesOtherOutlined';
import KeyboardArrowDown from '@mui/icons-material/KeyboardArrowDown';
import LanguageOutlined from '@mui/icons-material/LanguageOutlined';
import PhoneIphoneOutlined from '@mui/icons-material/PhoneIphoneOutlined';
import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined';
import SmartphoneOutlined from '@mui/icons-material/SmartphoneOutlined';
import type { LoginEnvironment } from '@warden/shared';
import { useId, useState } from 'react';
import { useLanguage, useT } from '../../../app/i18n';
import { formatInZone } from '../../../app/time/zoned-time';
import type { LoginRecord_RowFragment } from '../../../generated/graphql';
import { countryName } from '../login-record-format';
import { LoginRecordDetails } from './LoginRecordDetails';
import { LoginResultCell } from './LoginResultCell';
import { tableHeadCellSx } from '../../../ui/table-head';
import { visuallyHidden } from '../../../ui/visually-hidden';

const ENVIRONMENT_ICONS: Record<LoginEnvironment, SvgIconComponent> = {
  PC_WEB: LanguageOutlined,
  PC_APP: DesktopWindowsOutlined,
  MOBILE_WEB: SmartphoneOutlined,
  IOS_APP: PhoneIphoneOutlined,
  ANDROID_APP: AndroidOutlined,
  API: ApiOutlined,
  OTHER: DevicesOtherOutlined,
};

const COLUMN_COUNT = 7;
/** Phones: time, name and result only; environment, IP and country move into the details. */
const COMPACT_COLUMN_COUNT = 3;

export interface LoginRecordsTableProps {
  /** null while the first page of a search loads (skeleton rows). */
  records: readonly LoginRecord_RowFragment[] | null;
  timeZone: string;
  canReview: boolean;
}

/** ③ The login records: one dense row per attempt, each expandable to its details. */
export function LoginRecordsTable({ records, timeZone, canReview }: LoginRecordsTableProps) {
  const t = useT();
  const compact = useMediaQuery(useTheme().breakpoints.down('sm'));
  const columns = compact ? COMPACT_COLUMN_COUNT : COLUMN_COUNT;
  return (
    <TableContainer>
      <Table aria-label={t('loginRecords.sheetName')} aria-busy={records === null} sx={{ minWidth: compact ? 0 : 800 }}>
        <TableHead>
          <TableRow sx={{ '& th': { ...tableHeadCellSx, borderBottomColor: 'divider' } }}>
            <TableCell padding="checkbox">
              <Box component="span" sx={visuallyHidden}>
                {t('loginStatus.column.details')}
              </Box>
            </TableCell>
            {compact ? (
              <TableCell>
                {t('loginRecords.column.employee')} · {t('loginRecords.column.time')}
              </TableCell>
            ) : (
              <>
                <TableCell>{t('loginRecords.column.time')}</TableCell>
                <TableCell>{t('loginRecords.column.employee')}</TableCell>
              </>
            )}
            <TableCell>{t('loginRecords.column.result')}</TableCell>
            {compact ? null : (
              <>
                <TableCell>{t('loginRecords.column.environment')}</TableCell>
                <TableCell>{t('loginRecords.column.ip')}</TableCell>
                <TableCell>{t('loginRecords.column.country')}</TableCell>
              </>
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {records === null ? (
            <SkeletonRows columns={columns} />
          ) : records.length === 0 ? (
            <EmptyRow columns={columns} />
          ) : (
            records.map((record) => (
              <LoginRecordRow key={record.id} record={record} timeZone={timeZone} canReview={canReview} compact={compact} />
            ))
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

interface LoginRecordRowProps {
  record: LoginRecord_RowFragment;
  timeZone: string;
  canReview: boolean;
  compact: boolean;
}

function LoginRecordRow({ record, timeZone, canReview, compact }: LoginRecordRowProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const needsReview = record.suspicious && !record.reviewStatus;

  return (
    <>
      <TableRow
        hover
        data-record-id={record.id}
        sx={(theme) => ({
          '& > td': { borderBottom: open ? 0 : undefined, verticalAlign: 'middle', py: 1 },
          ...(needsReview && {
            bgcolor: alpha(theme.palette.warning.main, 0.06),
            '& > td:first-of-type': { boxShadow: `inset 3px 0 0 ${theme.palette.warning.main}` },
          }),
        })}
      >
        <TableCell padding="checkbox">
          <IconButton
            size="small"
            aria-label={open ? t('loginStatus.hideDetails') : t('loginStatus.showDetails')}
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            onClick={() => setOpen((current) => !current)}
          >
            <KeyboardArrowDown
              fontSize="small"
              sx={{ transition: 'transform 150ms', transform: open ? 'rotate(180deg)' : 'none' }}
            />
          </IconButton>
        </TableCell>
        {compact ? (
          <TableCell sx={{ maxWidth: 0, width: '100%' }}>
            <EmployeeName record={record} />
            <RecordTime occurredAt={record.occurredAt} timeZone={timeZone} small />
          </TableCell>
        ) : (
          <>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <RecordTime occurredAt={record.occurredAt} timeZone={timeZone} />
            </TableCell>
            <TableCell sx={{ maxWidth: 260 }}>
              <EmployeeName record={record} />
            </TableCell>
          </>
        )}
        <TableCell>
          <LoginResultCell record={record} compact={compact} />
        </TableCell>
        {compact ? null : (
          <>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <EnvironmentName environment={record.environment} />
            </TableCell>
            <TableCell sx={ipCellSx(record.ip)}>{record.ip}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <CountryName code={record.country} />
            </TableCell>
          </>
        )}
      </TableRow>
      <TableRow>
        <TableCell colSpan={compact ? COMPACT_COLUMN_COUNT : COLUMN_COUNT} sx={{ p: 0, ...(open ? {} : { borderBottom: 0 }) }}>
          <Collapse in={open} timeout="auto" unmountOnExit>
            <Box id={detailsId} sx={{ bgcolor: 'background.default', borderTop: 1, borderColor: 'divider', pl: { sm: 5 } }}>
              <LoginRecordDetails
                record={record}
                timeZone={timeZone}
                canReview={canReview}
                connection={
                  compact
                    ? [
                        { label: t('loginRecords.column.environment'), value: <EnvironmentName environment={record.environment} /> },
                        { label: t('loginRecords.column.ip'), value: record.ip },
                        { label: t('loginRecords.column.country'), value: <CountryName code={record.country} /> },
                      ]
                    : undefined
                }
              />
            </Box>
          </Collapse>
        </TableCell>
      </TableRow>
    </>
  );
}

function SkeletonRows({ columns }: { columns: number }) {
  return (
    <>
      {Array.from({ length: 8 }, (_, row) => (
        <TableRow key={row} aria-hidden>
          <TableCell padding="checkbox" />
          {[150, 140, 80, 90, 110, 70].slice(0, columns - 1).map((width, cell) => (
            <TableCell key={cell} sx={{ py: 1.25 }}>
              <Skeleton variant="text" width={width} />
            </TableCell>
          ))}
        </TableRow>
      ))}
    </>
  );
}

function EmptyRow({ columns }: { columns: number }) {
  const t = useT();
  return (
    <TableRow>
      <TableCell colSpan={columns} sx={{ borderBottom: 0 }}>
        <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', textAlign: 'center', py: 7, gap: 1 }}>
          <SearchOffOutlined sx={{ fontSize: 40, color: 'text.disabled' }} aria-hidden />
          <Typography variant="h3" component="p">
            {t('loginStatus.empty.title')}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {t('loginStatus.empty.hint')}
          </Typography>
        </Box>
      </TableCell>
    </TableRow>
  );
}

/** When the attempt happened, on the company's clock, with the offset. */
function RecordTime({ occurredAt, timeZone, small = false }: { occurredAt: string; timeZone: string; small?: boolean }) {
  const time = formatInZone(occurredAt, timeZone);
  return (
    <Box
      component="time"
      dateTime={occurredAt}
      sx={{
        display: small ? 'block' : 'inline',
        fontVariantNumeric: 'tabular-nums',
        ...(small && { fontSize: '0.75rem', color: 'text.secondary', mt: 0.25 }),
      }}
    >
      {time.text}{' '}
      <Box component="span" sx={{ color: 'text.secondary', fontSize: '0.75rem' }}>
        ({time.offset})
      </Box>
    </Box>
  );
}

function EmployeeName({ record }: { record: Pick<LoginRecord_RowFragment, 'employeeName' | 'loginId'> }) {
  const t = useT();
  return (
    <>
      <Typography variant="body2" sx={{ fontWeight: 500 }} noWrap>
        {record.employeeName ?? t('loginStatus.unknownEmployee')}
      </Typography>
      <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }} noWrap title={record.loginId}>
        {record.loginId}
      </Typography>
    </>
  );
}

function EnvironmentName({ environment }: { environment: LoginEnvironment }) {
  const t = useT();
  const Icon = ENVIRONMENT_ICONS[environment];
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
      <Icon sx={{ fontSize: 16, color: 'text.secondary' }} aria-hidden />
      {t(`loginEnvironment.${environment}`)}
    </Box>
  );
}

function CountryName({ code }: { code: string | null }) {
  const { language } = useLanguage();
  if (!code) {
    return (
      <Box component="span" sx={{ color: 'text.disabled' }}>
        —
      </Box>
    );
  }
  return (
    <Box component="span" title={code}>
      {countryName(language, code)}
    </Box>
  );
}

/** IPv4 addresses stay on one line; long IPv6 addresses may break between groups. */
function ipCellSx(ip: string): SxProps<Theme> {
  return ip.includes(':')
    ? { fontVariantNumeric: 'tabular-nums', maxWidth: 200, overflowWrap: 'anywhere' }
    : { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' };
}
