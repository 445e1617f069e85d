import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useQuery } from '@apollo/client/react';
import { DataExportStatus } from '@warden/shared';
import { useEffect, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { ExportDataPageQuery } from '../graphql/data-exports.queries';
import { ExportCatalogPanel } from './ExportCatalogPanel';
import { ExportHistoryPanel } from './ExportHistoryPanel';

type TabName = 'request' | 'history';
/** `?tab=history` opens the history; the request tab is the default (the guide's "directed to Export data"). */
const TAB_PARAM = 'tab';

/** Security › Export data: the request tab (hidden while a request is active, R42) and Export history. */
export function ExportDataView() {
  const t = useT();
  const baseId = useId();
  const [params, setParams] = useSearchParams();
  const [justRequested, setJustRequested] = useState(false);
  const { data, error, refetch } = useQuery(ExportDataPageQuery, { fetchPolicy: 'cache-and-network' });

  const active = data?.activeDataExport ?? null;
  // The cached export is the row the history polls: once it fails or is canceled, the tab comes back
  // at once, without waiting for the page query to be read again.
  const requestBlocked =
    active !== null && (active.status === DataExportStatus.PENDING || active.status === DataExportStatus.REQUEST_COMPLETED);
  const onHistory = params.get(TAB_PARAM) === 'history';

  useEffect(() => {
    // Opened on the history because a request is active: stay there when it ends (canceled from
    // this page, say), so its new status shows; the request tab reappears beside it.
    if (requestBlocked && !onHistory) {
      const nextParams = new URLSearchParams(params);
      nextParams.set(TAB_PARAM, 'history');
      setParams(nextParams, { replace: true });
    }
  }, [onHistory, params, requestBlocked, setParams]);

  if (!data) {
    return error ? (
      <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
    ) : (
      <LoadingState label={t('common.loading')} />
    );
  }

  // Only admins reach this page, and an admin always has a company; UTC is a safe stand-in.
  const timeZone = data.me.company?.timeZone ?? 'UTC';
  const tab: TabName = requestBlocked || onHistory ? 'history' : 'request';

  const choose = (next: TabName) => {
    setJustRequested(false);
    const nextParams = new URLSearchParams(params);
    if (next === 'history') nextParams.set(TAB_PARAM, 'history');
    else nextParams.delete(TAB_PARAM);
    setParams(nextParams);
  };
  const tabId = (name: TabName) => `${baseId}-tab-${name}`;
  const panelId = (name: TabName) => `${baseId}-panel-${name}`;

  return (
    <>
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2.5 }}>
        <Tabs value={tab} onChange={(_, next: TabName) => choose(next)} aria-label={t('exportData.tabs')}>
          {requestBlocked ? null : (
            <Tab value="request" id={tabId('request')} aria-controls={panelId('request')} label={t('exportData.tab.request')} />
          )}
          <Tab value="history" id={tabId('history')} aria-controls={panelId('history')} label={t('exportData.tab.history')} />
        </Tabs>
      </Box>
      <Box role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
        {tab === 'request' ? (
          <ExportCatalogPanel
            timeZone={timeZone}
            onRequested={() => {
              choose('history');
              setJustRequested(true);
            }}
            onShowActive={() => {
              choose('history');
              // The page learns of the active request, which hides this tab (R42).
              void refetch().catch(() => undefined);
            }}
          />
        ) : (
          <>
            {justRequested ? (
              <Alert severity="success" sx={{ mb: 2 }} onClose={() => setJustRequested(false)}>
                {t('exportData.requested')}
              </Alert>
            ) : requestBlocked ? (
              <Alert severity="info" sx={{ mb: 2 }}>
                {t('exportData.activeNote')}
              </Alert>
            ) : null}
            <ExportHistoryPanel timeZone={timeZone} />
          </>
        )}
      </Box>
    </>
  );
}
