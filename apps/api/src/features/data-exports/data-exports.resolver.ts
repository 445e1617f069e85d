import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Permission, Service } from '@warden/shared';
import type { RequestContext } from '../../core/graphql/context';
import { approvedCompany } from '../companies/approved-company';
import { assertPageSize } from '../../core/graphql/keyset-cursor';
import { RequiresStepUp } from '../step-up/requires-step-up';
import { DownloadLinkPayload } from '../login-records/login-records.types';
import { DATA_EXPORT_PART_DOWNLOAD } from './data-export-download';
import { failureReasonText } from './data-export-failure';
import { type DataExportDetails, encodeExportCursor } from './data-exports.service';
import {
  DataExportConnection,
  DataExportEdge,
  DataExportView,
  ExportCatalog,
  RequestDataExportInput,
} from './data-exports.types';

/** The API shape of a request with its parts and downloads. */
export function toDataExportView({ row, parts, downloads, canCancel, language }: DataExportDetails): DataExportView {
  return Object.assign(new DataExportView(), {
    id: row.id,
    taskName: row.taskName,
    requestedBy: { id: row.requestedByEmployeeId, name: row.requestedByName },
    requestedAt: row.requestedAt,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    items: row.items.map((choice) => ({ item: choice.item, includeAttachments: choice.includeAttachments })),
    splitSize: row.splitSize,
    status: row.status,
    failureReason: failureReasonText(row.failure, language),
    failureCode: row.failure?.code ?? null,
    progress: { itemsDone: row.itemsDone, itemsTotal: row.itemsTotal, bytesDone: row.bytesDone },
    parts: parts.map((part) => ({ partNumber: part.partNumber, fileName: part.fileName, bytes: part.bytes })),
    completedAt: row.completedAt,
    expiresAt: row.expiresAt,
    cancelableUntil: row.cancelableUntil,
    canCancel,
    downloads: downloads.map((download) => ({ employeeName: download.employeeName, fileName: download.fileName, downloadedAt: download.downloadedAt })),
  });
}

@Resolver(() => DataExportView)
export class DataExportsResolver {
  @Authorized(Permission.DATA_EXPORTS_MANAGE)
  @RequiresStepUp(Service.SECURITY)
  @Query(() => ExportCatalog, { description: 'The company’s subscribed services and the items each can export (R40)' })
  async exportCatalog(@Ctx() context: RequestContext): Promise<ExportCatalog> {
    return { services: await context.services.dataExports.catalog((await approvedCompany(context)).id) };
  }

  @Authorized(Permission.DATA_EXPORTS_MANAGE)
  @RequiresStepUp(Service.SECURITY)
  @Query(() => DataExportConnection, { description: 'Export history: every request, newest first (R49)' })
  async dataExports(
    @Ctx() context: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most 100' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<DataExportConnection> {
    assertPageSize(first, 100);
    const page = await context.services.dataExports.history((await approvedCompany(context)).id, { first, after });
    const edges = page.entries.map((details) => Object.assign(new DataExportEdge(), { node: toDataExportView(details), cursor: encodeExportCursor(details.row) }));
    return Object.assign(new DataExportConnection(), { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } });
  }

  @Authorized(Permission.DATA_EXPORTS_MANAGE)
  @RequiresStepUp(Service.SECURITY)
  @Query(() => DataExportView, { nullable: true, description: 'One request of the company; null when there is none with that id' })
  async dataExport(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<DataExportView | null> {
    const details = await context.services.dataExports.details((await approvedCompany(context)).id, id);
    return details ? toDataExportView(details) : null;
  }

  @Authorized(Permission.DATA_EXPORTS_MANAGE)
  @RequiresStepUp(Service.SECURITY)
  @Query(() => DataExportView, { nullable: true, description: 'The active request (pending, or completed and not expired), or null (R42)' })
  async activeDataExport(@Ctx() context: RequestContext): Promise<DataExportView | null> {
    const details = await context.services.dataExports.active((await approvedCompany(context)).id);
    return details ? toDataExportView(details) : null;
  }

  @Authorized(Permission.DATA_EXPORTS_MANAGE)
  @RequiresStepUp(Service.SECURITY)
  @Mutation(() => DataExportView, {
    description: 'Requests an export (R41). One active request per company: EXPORT_ALREADY_ACTIVE otherwise (R42). Audited.',
  })
  async requestDataExport(
    @Ctx() context: RequestContext,
    @Arg('input', () => RequestDataExportInput) input: RequestDataExportInput,
  ): Promise<DataExportView> {
    const companyId = (await approvedCompany(context)).id;
    const row = await context.services.dataExports.request(companyId, context.principal!, input, context.client);
    return toDataExportView((await context.services.dataExports.details(companyId, row.id))!);
  }

  @Authorized(Permission.DATA_EXPORTS_MANAGE)
  @RequiresStepUp(Service.SECURITY)
  @Mutation(() => DataExportView, {
    description:
      'Cancels a pending or completed request within 7 days of it (R47): a running build stops, files are deleted. EXPORT_CANCEL_WINDOW_CLOSED / EXPORT_NOT_CANCELABLE otherwise. Audited.',
  })
  async cancelDataExport(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<DataExportView> {
    const companyId = (await approvedCompany(context)).id;
    await context.services.dataExports.cancel(companyId, context.principal!, id, context.client);
    return toDataExportView((await context.services.dataExports.details(companyId, id))!);
  }

  @Authorized(Permission.DATA_EXPORTS_MANAGE)
  // The link is issued only here (after the step-up), so the download route needs no step-up of its own.
  @RequiresStepUp(Service.SECURITY)
  @Mutation(() => DownloadLinkPayload, {
    description: 'A link (valid 5 minutes, for this caller only) to one zip part of a completed export; each download is recorded (R49)',
  })
  async requestDataExportPartDownload(
    @Ctx() context: RequestContext,
    @Arg('exportId', () => ID) exportId: string,
    @Arg('partNumber', () => Int) partNumber: number,
  ): Promise<DownloadLinkPayload> {
    const companyId = (await approvedCompany(context)).id;
    await context.services.dataExports.downloadablePart(companyId, exportId, partNumber);
    const link = await context.services.downloads.create(context.principal!, companyId, DATA_EXPORT_PART_DOWNLOAD, { exportId, partNumber });
    return { url: link.path, expiresAt: link.expiresAt };
  }
}
