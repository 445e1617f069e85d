import { type DataSource, In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { DataExportItem, type LabelKey, Service, t } from '@warden/shared';
import type { XlsxCellValue } from '../../../core/files/xlsx/xlsx-writer';
import { formatInZone } from '../../../core/time/zoned-time';
import { AccountingSlip, AccountingSlipAttachment, AccountingSlipStatus } from '../../accounting/accounting-slip.entity';
import { AccountingVendor, AccountingVendorAttachment } from '../../accounting/accounting-vendor.entity';
import {
  type ListColumn,
  UniqueNames,
  dateFolders,
  fileNamesCell,
  itemFolder,
  keysetPages,
  listEntry,
  periodDays,
  safeName,
  storedFileEntry,
  withinPeriod,
} from '../../source-domains/export-files';
import { StoredFile } from '../../stored-files/stored-file.entity';
import { type ExportEntry, type ExportItemSource, type ExportPlanContext, type ExportSourceContext, largestLinkedFile } from './export-source';
import type { ExportSourceDeps } from './export-sources';

const SLIP_COLUMNS: ListColumn[] = [
  { label: 'sourceExport.slip.number', width: 18 },
  { label: 'sourceExport.slip.date', width: 12 },
  { label: 'sourceExport.slip.title', width: 40 },
  { label: 'sourceExport.slip.amount', kind: 'number', width: 18 },
  { label: 'sourceExport.slip.currency', width: 8 },
  { label: 'sourceExport.slip.drafter', width: 16 },
  { label: 'sourceExport.slip.status', width: 10 },
  { label: 'sourceExport.slip.createdAt', kind: 'date-text' },
  { label: 'sourceExport.attachments', width: 40 },
];

const VENDOR_COLUMNS: ListColumn[] = [
  { label: 'sourceExport.vendor.name', width: 30 },
  { label: 'sourceExport.vendor.businessRegistrationNumber', width: 20 },
  { label: 'sourceExport.vendor.representative', width: 16 },
  { label: 'sourceExport.vendor.contact', width: 24 },
  { label: 'sourceExport.vendor.address', width: 40 },
  { label: 'sourceExport.vendor.registeredAt', kind: 'date-text' },
  { label: 'sourceExport.attachments', width: 40 },
];

/**
 * A number cell when a double holds the amount exactly (at most 15 significant digits; Excel computes
 * with doubles anyway), text otherwise, so no digit of a large amount is silently changed.
 */
export function amountCell(amount: string): XlsxCellValue {
  const digits = amount.replace(/[-.]/g, '').replace(/^0+/, '');
  return digits.length <= 15 ? Number(amount) : amount;
}

/** Closed slips within the export's snapshot and period (by slip date), as alias `s`. */
function slipFilter<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, ctx: ExportPlanContext): SelectQueryBuilder<T> {
  const { fromDay, toDay } = periodDays(ctx);
  query
    .andWhere('s.companyId = :companyId', { companyId: ctx.companyId })
    .andWhere('s.status = :closed', { closed: AccountingSlipStatus.CLOSED })
    // Closed after the request: not part of this snapshot, even if the build reads it later.
    .andWhere('s.closedAt <= :snapshotAt', { snapshotAt: ctx.snapshotAt });
  if (fromDay) query.andWhere('s.slipDate >= :fromDay', { fromDay });
  if (toDay) query.andWhere('s.slipDate <= :toDay', { toDay });
  return query;
}

function slipPages(dataSource: DataSource, ctx: ExportSourceContext): AsyncGenerator<AccountingSlip[]> {
  return keysetPages(() => slipFilter(dataSource.getRepository(AccountingSlip).createQueryBuilder('s'), ctx), 's', ['slipDate', 'slipNumber'], ctx.signal);
}

/** The owners' attachments with their file rows, in position order, per owner id. */
async function attachmentsOf(
  dataSource: DataSource,
  companyId: string,
  entity: typeof AccountingSlipAttachment | typeof AccountingVendorAttachment,
  ownerColumn: 'slipId' | 'vendorId',
  ownerIds: string[],
): Promise<Map<string, StoredFile[]>> {
  const byOwner = new Map<string, StoredFile[]>();
  if (ownerIds.length === 0) return byOwner;
  const links = (await dataSource.getRepository(entity).find({
    where: { companyId, [ownerColumn]: In(ownerIds) },
    order: { position: 'ASC' },
  })) as Array<{ fileId: string; slipId?: string; vendorId?: string }>;
  const files = new Map(
    (await dataSource.getRepository(StoredFile).findBy({ companyId, id: In([...new Set(links.map((link) => link.fileId))]) })).map((file) => [file.id, file]),
  );
  for (const link of links) {
    const owner = (link[ownerColumn] as string) ?? '';
    const file = files.get(link.fileId);
    if (!file) throw new Error(`An attachment (${link.fileId}) is registered but its file record is gone.`);
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), file]);
  }
  return byOwner;
}

/** ACCOUNTING_SLIPS: the list of closed slips (xlsx) and, when included, their attachments under `YYYY/MM/DD/<number>_attachments/`. */
export function accountingSlipsSource({ dataSource, files }: ExportSourceDeps): ExportItemSource {
  return {
    item: DataExportItem.ACCOUNTING_SLIPS,
    async count(ctx) {
      if (!ctx.includeAttachments) return 1;
      const attachments = dataSource.getRepository(AccountingSlipAttachment).createQueryBuilder('a').innerJoin(AccountingSlip, 's', 's.id = a.slipId');
      return 1 + (await slipFilter(attachments, ctx).getCount());
    },
    async largestFile(ctx) {
      if (!ctx.includeAttachments) return null;
      const attachments = dataSource.getRepository(AccountingSlipAttachment).createQueryBuilder('a').innerJoin(AccountingSlip, 's', 's.id = a.slipId');
      return largestLinkedFile(slipFilter(attachments, ctx), { link: 'a', name: 'f.originalName', document: 's.slipNumber' });
    },
    async *entries(ctx): AsyncGenerator<ExportEntry> {
      const folder = itemFolder(ctx, Service.ACCOUNTING, 'dataExport.item.ACCOUNTING_SLIPS');
      const attachmentsLabel = t(ctx.language, 'dataExport.attachments');
      async function* rows(): AsyncGenerator<XlsxCellValue[]> {
        for await (const page of slipPages(dataSource, ctx)) {
          const attachments = await attachmentsOf(dataSource, ctx.companyId, AccountingSlipAttachment, 'slipId', page.map((slip) => slip.id));
          for (const slip of page) {
            yield [
              slip.slipNumber,
              slip.slipDate,
              slip.title,
              amountCell(slip.amount),
              slip.currency,
              slip.drafterName,
              t(ctx.language, `sourceExport.slipStatus.${slip.status}` as LabelKey),
              formatInZone(slip.createdAt, ctx.timeZone),
              fileNamesCell((attachments.get(slip.id) ?? []).map((file) => file.originalName)),
            ];
          }
        }
      }
      yield await listEntry(ctx, folder, DataExportItem.ACCOUNTING_SLIPS, SLIP_COLUMNS, rows());
      if (!ctx.includeAttachments) return;
      for await (const page of slipPages(dataSource, ctx)) {
        const attachments = await attachmentsOf(dataSource, ctx.companyId, AccountingSlipAttachment, 'slipId', page.map((slip) => slip.id));
        for (const slip of page) {
          const names = new UniqueNames();
          const slipFolder = [...folder, ...dateFolders(slip.slipDate, ctx.timeZone), `${safeName(slip.slipNumber)}_${attachmentsLabel}`];
          for (const file of attachments.get(slip.id) ?? []) {
            ctx.signal.throwIfAborted();
            yield storedFileEntry(files, file, [...slipFolder, names.take(safeName(file.originalName, 90))], { item: DataExportItem.ACCOUNTING_SLIPS, document: slip.slipNumber });
          }
        }
      }
    },
  };
}

/** Vendors registered at/before the snapshot and within the period (by registration), as alias `v`. */
function vendorFilter<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, ctx: ExportPlanContext): SelectQueryBuilder<T> {
  query
    .andWhere('v.companyId = :companyId', { companyId: ctx.companyId })
    .andWhere('v.registeredAt <= :snapshotAt', { snapshotAt: ctx.snapshotAt });
  return withinPeriod(query, 'v.registeredAt', ctx);
}

function vendorPages(dataSource: DataSource, ctx: ExportSourceContext): AsyncGenerator<AccountingVendor[]> {
  return keysetPages(() => vendorFilter(dataSource.getRepository(AccountingVendor).createQueryBuilder('v'), ctx), 'v', ['name', 'id'], ctx.signal);
}

/** ACCOUNTING_VENDORS: the vendor list (xlsx) and, when included, each vendor's attachments in `<name>_<number>_attachments/`. */
export function accountingVendorsSource({ dataSource, files }: ExportSourceDeps): ExportItemSource {
  return {
    item: DataExportItem.ACCOUNTING_VENDORS,
    async count(ctx) {
      if (!ctx.includeAttachments) return 1;
      const attachments = dataSource.getRepository(AccountingVendorAttachment).createQueryBuilder('a').innerJoin(AccountingVendor, 'v', 'v.id = a.vendorId');
      return 1 + (await vendorFilter(attachments, ctx).getCount());
    },
    async largestFile(ctx) {
      if (!ctx.includeAttachments) return null;
      const attachments = dataSource.getRepository(AccountingVendorAttachment).createQueryBuilder('a').innerJoin(AccountingVendor, 'v', 'v.id = a.vendorId');
      return largestLinkedFile(vendorFilter(attachments, ctx), { link: 'a', name: 'f.originalName', document: 'v.name' });
    },
    async *entries(ctx): AsyncGenerator<ExportEntry> {
      const folder = itemFolder(ctx, Service.ACCOUNTING, 'dataExport.item.ACCOUNTING_VENDORS');
      const attachmentsLabel = t(ctx.language, 'dataExport.attachments');
      async function* rows(): AsyncGenerator<XlsxCellValue[]> {
        for await (const page of vendorPages(dataSource, ctx)) {
          const attachments = await attachmentsOf(dataSource, ctx.companyId, AccountingVendorAttachment, 'vendorId', page.map((vendor) => vendor.id));
          for (const vendor of page) {
            yield [
              vendor.name,
              vendor.businessRegistrationNumber,
              vendor.representative,
              vendor.contact,
              vendor.address,
              formatInZone(vendor.registeredAt, ctx.timeZone),
              fileNamesCell((attachments.get(vendor.id) ?? []).map((file) => file.originalName)),
            ];
          }
        }
      }
      yield await listEntry(ctx, folder, DataExportItem.ACCOUNTING_VENDORS, VENDOR_COLUMNS, rows());
      if (!ctx.includeAttachments) return;
      const folders = new UniqueNames();
      for await (const page of vendorPages(dataSource, ctx)) {
        const attachments = await attachmentsOf(dataSource, ctx.companyId, AccountingVendorAttachment, 'vendorId', page.map((vendor) => vendor.id));
        for (const vendor of page) {
          const list = attachments.get(vendor.id) ?? [];
          if (list.length === 0) continue;
          const vendorFolder = [
            ...folder,
            folders.take(`${safeName(vendor.name, 60)}_${safeName(vendor.businessRegistrationNumber)}_${attachmentsLabel}`),
          ];
          const names = new UniqueNames();
          for (const file of list) {
            ctx.signal.throwIfAborted();
            yield storedFileEntry(files, file, [...vendorFolder, names.take(safeName(file.originalName, 90))], { item: DataExportItem.ACCOUNTING_VENDORS, document: `${vendor.name} (${vendor.businessRegistrationNumber})` });
          }
        }
      }
    },
  };
}

/** The accounting domain's export sources, for the registry. */
export function accountingExportSources(deps: ExportSourceDeps): ExportItemSource[] {
  return [accountingSlipsSource(deps), accountingVendorsSource(deps)];
}
