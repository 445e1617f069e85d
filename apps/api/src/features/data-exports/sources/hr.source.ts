import { In } from 'typeorm';
import { DataExportItem, type LabelKey, Service, t } from '@warden/shared';
import type { XlsxCellValue } from '../../../core/files/xlsx/xlsx-writer';
import { formatInZone } from '../../../core/time/zoned-time';
import { Employee } from '../../employees/employee.entity';
import { EmployeeProfilePhoto } from '../../employees/profile-photo.entity';
import { imageExtension, type ImageType } from '../../source-domains/image-type';
import { type ListColumn, UniqueNames, itemFolder, keysetPages, listEntry, safeName, storedFileEntry, withinPeriod } from '../../source-domains/export-files';
import { StoredFile } from '../../stored-files/stored-file.entity';
import type { ExportEntry, ExportItemSource, ExportPlanContext, LargestExportFile } from './export-source';
import type { ExportSourceDeps } from './export-sources';

const EMPLOYEE_COLUMNS: ListColumn[] = [
  { label: 'sourceExport.employee.name', width: 18 },
  { label: 'sourceExport.employee.loginId', width: 30 },
  { label: 'sourceExport.employee.email', width: 30 },
  { label: 'sourceExport.employee.department', width: 20 },
  { label: 'sourceExport.employee.status', width: 10 },
  { label: 'sourceExport.employee.createdAt', kind: 'date-text' },
  { label: 'sourceExport.employee.profilePhoto', width: 40 },
];

/** Employees created at/before the snapshot and within the period (by creation), in name order, page by page. */
function employeePages(deps: ExportSourceDeps, ctx: ExportPlanContext & { signal?: AbortSignal }): AsyncGenerator<Employee[]> {
  const query = () =>
    withinPeriod(
      deps.dataSource
        .getRepository(Employee)
        .createQueryBuilder('e')
        .where('e.companyId = :companyId', { companyId: ctx.companyId })
        .andWhere('e.createdAt <= :snapshotAt', { snapshotAt: ctx.snapshotAt }),
      'e.createdAt',
      ctx,
    );
  return keysetPages(query, 'e', ['name', 'id'], ctx.signal);
}

/**
 * The photo each of these employees had at the snapshot: the latest change at/before it, unless that
 * change removed the photo. History rows are few per employee, so they are read per page of employees.
 */
async function photosAt(deps: ExportSourceDeps, ctx: ExportPlanContext, employeeIds: string[]): Promise<Map<string, { file: StoredFile; type: ImageType }>> {
  const result = new Map<string, { file: StoredFile; type: ImageType }>();
  if (employeeIds.length === 0) return result;
  const changes = await deps.dataSource
    .getRepository(EmployeeProfilePhoto)
    .createQueryBuilder('p')
    .where('p.companyId = :companyId', { companyId: ctx.companyId })
    .andWhere('p.employeeId IN (:...employeeIds)', { employeeIds })
    .andWhere('p.setAt <= :snapshotAt', { snapshotAt: ctx.snapshotAt })
    .orderBy('p.setAt', 'DESC')
    .getMany();
  const latest = new Map<string, EmployeeProfilePhoto>();
  for (const change of changes) if (!latest.has(change.employeeId)) latest.set(change.employeeId, change);
  const current = [...latest.values()].filter((change) => change.fileId !== null);
  const files = new Map(
    (await deps.dataSource.getRepository(StoredFile).findBy({ companyId: ctx.companyId, id: In(current.map((change) => change.fileId!)) })).map((file) => [file.id, file]),
  );
  for (const change of current) {
    const file = files.get(change.fileId!);
    if (!file) throw new Error(`The profile photo of employee ${change.employeeId} (${change.fileId}) has no file record.`);
    result.set(change.employeeId, { file, type: change.contentType as ImageType });
  }
  return result;
}

/** `김민준_<id>.png`: the name for people, the id to keep namesakes apart and to match the list. */
function photoName(employee: Employee, type: ImageType): string {
  return `${safeName(employee.name, 60)}_${employee.id}${imageExtension(type)}`;
}

/** HR_EMPLOYEE_LIST: every employee (xlsx) with the name of their profile photo file, if any. */
export function hrEmployeeListSource(deps: ExportSourceDeps): ExportItemSource {
  return {
    item: DataExportItem.HR_EMPLOYEE_LIST,
    async count() {
      return 1;
    },
    async *entries(ctx): AsyncGenerator<ExportEntry> {
      async function* rows(): AsyncGenerator<XlsxCellValue[]> {
        for await (const page of employeePages(deps, ctx)) {
          const photos = await photosAt(deps, ctx, page.map((employee) => employee.id));
          for (const employee of page) {
            const photo = photos.get(employee.id);
            yield [
              employee.name,
              employee.loginId,
              employee.email,
              employee.department,
              t(ctx.language, `sourceExport.employeeStatus.${employee.status}` as LabelKey),
              formatInZone(employee.createdAt, ctx.timeZone),
              photo ? photoName(employee, photo.type) : null,
            ];
          }
        }
      }
      yield await listEntry(ctx, [t(ctx.language, `service.${Service.HR}`)], DataExportItem.HR_EMPLOYEE_LIST, EMPLOYEE_COLUMNS, rows());
    },
  };
}

/** HR_PROFILE_PHOTOS: each employee's photo at the snapshot, bytes as stored (PNG or GIF). */
export function hrProfilePhotosSource(deps: ExportSourceDeps): ExportItemSource {
  return {
    item: DataExportItem.HR_PROFILE_PHOTOS,
    async count(ctx) {
      let total = 0;
      for await (const page of employeePages(deps, ctx)) total += (await photosAt(deps, ctx, page.map((employee) => employee.id))).size;
      return total;
    },
    async largestFile(ctx) {
      // Walks the photos as `entries` would (the photo each employee had at the snapshot), page by page.
      let largest: LargestExportFile | null = null;
      for await (const page of employeePages(deps, ctx)) {
        const photos = await photosAt(deps, ctx, page.map((employee) => employee.id));
        for (const employee of page) {
          const photo = photos.get(employee.id);
          if (photo && (!largest || photo.file.size > largest.bytes)) largest = { name: photoName(employee, photo.type), document: employee.name, bytes: photo.file.size };
        }
      }
      return largest;
    },
    async *entries(ctx): AsyncGenerator<ExportEntry> {
      const folder = itemFolder(ctx, Service.HR, 'dataExport.item.HR_PROFILE_PHOTOS');
      const names = new UniqueNames();
      for await (const page of employeePages(deps, ctx)) {
        const photos = await photosAt(deps, ctx, page.map((employee) => employee.id));
        for (const employee of page) {
          const photo = photos.get(employee.id);
          if (!photo) continue;
          ctx.signal.throwIfAborted();
          yield storedFileEntry(deps.files, photo.file, [...folder, names.take(photoName(employee, photo.type))], { item: DataExportItem.HR_PROFILE_PHOTOS, document: employee.name });
        }
      }
    },
  };
}

/** The HR domain's export sources, for the registry. */
export function hrExportSources(deps: ExportSourceDeps): ExportItemSource[] {
  return [hrEmployeeListSource(deps), hrProfilePhotosSource(deps)];
}
