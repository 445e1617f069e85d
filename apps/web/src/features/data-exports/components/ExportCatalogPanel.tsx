import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { DATA_EXPORT_ITEMS, type DataExportItem } from '@warden/shared';
import { useMemo, useState } from 'react';
import { useT } from '../../../app/i18n';
import type { DataExport_RowFragment, DataExportItemInput, ExportCatalogQuery as ExportCatalogData } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ExportCatalogQuery } from '../graphql/data-exports.queries';
import { RequestExportDialog } from './RequestExportDialog';

type CatalogService = ExportCatalogData['exportCatalog']['services'][number];

export interface ExportCatalogPanelProps {
  timeZone: string;
  /** A request was accepted: the page moves to Export history. */
  onRequested(created: DataExport_RowFragment): void;
  /** A request is active after all (EXPORT_ALREADY_ACTIVE): the page reads it again and shows the history. */
  onShowActive(): void;
}

/** ① The subscribed services and their items, ② Export all, ③ Export selected items (the guide's layout). */
export function ExportCatalogPanel({ timeZone, onRequested, onShowActive }: ExportCatalogPanelProps) {
  const t = useT();
  const { data, error, refetch } = useQuery(ExportCatalogQuery, { fetchPolicy: 'cache-and-network' });
  const [selected, setSelected] = useState<ReadonlySet<DataExportItem>>(new Set());
  // Attachments are included unless the admin switches them off (the guide's "Include" switch).
  const [excludedAttachments, setExcludedAttachments] = useState<ReadonlySet<DataExportItem>>(new Set());
  const [dialog, setDialog] = useState<'ALL' | 'SELECTED' | null>(null);

  const services = useMemo(() => data?.exportCatalog.services.filter((service) => service.items.length > 0) ?? [], [data]);
  const available = useMemo(() => services.flatMap((service) => service.items), [services]);

  if (!data) {
    return error ? (
      <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
    ) : (
      <Paper variant="outlined" sx={{ p: 2.5 }} aria-busy>
        {[0, 1, 2].map((row) => (
          <Skeleton key={row} variant="text" width={`${60 - row * 10}%`} sx={{ my: 1 }} />
        ))}
      </Paper>
    );
  }

  if (services.length === 0) {
    return (
      <Paper variant="outlined" sx={{ p: 4, textAlign: 'center', color: 'text.secondary' }}>
        <Typography variant="body2">{t('exportData.catalog.empty')}</Typography>
      </Paper>
    );
  }

  const toggle = (items: readonly DataExportItem[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const item of items) {
        if (on) next.add(item);
        else next.delete(item);
      }
      return next;
    });

  // In catalog order, whatever order the boxes were ticked in.
  const inputsFor = (items: readonly DataExportItem[]): DataExportItemInput[] => {
    const attachable = new Set(available.filter((entry) => entry.attachmentsAvailable).map((entry) => entry.item));
    return DATA_EXPORT_ITEMS.filter((item) => items.includes(item)).map((item) => ({
      item,
      includeAttachments: attachable.has(item) && !excludedAttachments.has(item),
    }));
  };
  const chosen =
    dialog === 'ALL' ? inputsFor(available.map((entry) => entry.item)) : dialog === 'SELECTED' ? inputsFor([...selected]) : [];
  const selectedCount = available.filter((entry) => selected.has(entry.item)).length;

  return (
    <>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
        {t('exportData.catalog.hint')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' }, mb: 3 }}>
        {services.map((service) => (
          <CatalogServiceCard
            key={service.service}
            service={service}
            selected={selected}
            excludedAttachments={excludedAttachments}
            onToggle={toggle}
            onAttachments={(item, include) =>
              setExcludedAttachments((current) => {
                const next = new Set(current);
                if (include) next.delete(item);
                else next.add(item);
                return next;
              })
            }
          />
        ))}
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1.5, justifyContent: 'flex-end' }}>
        <Typography variant="body2" sx={{ color: 'text.secondary', mr: 'auto' }} role="status" aria-live="polite">
          {selectedCount > 0 ? t('exportData.selectedCount', { count: selectedCount }) : null}
        </Typography>
        <Button variant="outlined" onClick={() => setDialog('ALL')}>
          {t('exportData.exportAll')}
        </Button>
        <Button variant="contained" disabled={selectedCount === 0} onClick={() => setDialog('SELECTED')}>
          {t('exportData.exportSelected')}
        </Button>
      </Box>
      {dialog ? (
        <RequestExportDialog
          title={dialog === 'ALL' ? t('exportData.dialog.titleAll') : t('exportData.dialog.titleSelected')}
          items={chosen}
          timeZone={timeZone}
          onClose={() => setDialog(null)}
          onRequested={(created) => {
            setDialog(null);
            setSelected(new Set());
            onRequested(created);
          }}
          onShowActive={() => {
            setDialog(null);
            onShowActive();
          }}
        />
      ) : null}
    </>
  );
}

interface CatalogServiceCardProps {
  service: CatalogService;
  selected: ReadonlySet<DataExportItem>;
  excludedAttachments: ReadonlySet<DataExportItem>;
  onToggle(items: readonly DataExportItem[], on: boolean): void;
  onAttachments(item: DataExportItem, include: boolean): void;
}

function CatalogServiceCard({ service, selected, excludedAttachments, onToggle, onAttachments }: CatalogServiceCardProps) {
  const t = useT();
  const items = service.items.map((entry) => entry.item);
  const count = items.filter((item) => selected.has(item)).length;
  const serviceName = t(`service.${service.service}`);

  return (
    <Paper variant="outlined" component="section" aria-label={serviceName} sx={{ overflow: 'hidden' }}>
      <Box sx={{ px: 2, py: 0.75, bgcolor: 'background.default', borderBottom: 1, borderColor: 'divider' }}>
        <FormControlLabel
          label={
            <Typography component="span" sx={{ fontWeight: 600 }}>
              {serviceName}
            </Typography>
          }
          control={
            <Checkbox
              size="small"
              checked={count === items.length}
              indeterminate={count > 0 && count < items.length}
              onChange={(event) => onToggle(items, event.target.checked)}
              slotProps={{ input: { 'aria-label': t('exportData.catalog.selectService', { service: serviceName }) } }}
            />
          }
        />
      </Box>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {service.items.map((entry) => {
          const itemName = t(`dataExport.item.${entry.item}`);
          return (
            <Box
              component="li"
              key={entry.item}
              data-export-item={entry.item}
              sx={{
                display: 'flex',
                alignItems: 'center',
                flexWrap: 'wrap',
                columnGap: 2,
                px: 2,
                py: 0.25,
                '&:not(:last-of-type)': { borderBottom: 1, borderColor: 'divider' },
              }}
            >
              <FormControlLabel
                sx={{ flex: 1, minWidth: 180, mr: 0 }}
                label={itemName}
                control={
                  <Checkbox size="small" checked={selected.has(entry.item)} onChange={(event) => onToggle([entry.item], event.target.checked)} />
                }
              />
              {entry.attachmentsAvailable ? (
                <FormControlLabel
                  sx={{ mr: 0, color: 'text.secondary', '& .MuiFormControlLabel-label': { fontSize: '0.8125rem' } }}
                  label={t('exportData.includeAttachments')}
                  control={
                    <Switch
                      size="small"
                      checked={!excludedAttachments.has(entry.item)}
                      onChange={(event) => onAttachments(entry.item, event.target.checked)}
                      slotProps={{ input: { 'aria-label': t('exportData.includeAttachmentsOf', { item: itemName }) } }}
                    />
                  }
                />
              ) : null}
            </Box>
          );
        })}
      </Box>
    </Paper>
  );
}
