import type { DataSource } from 'typeorm';
import type { DataExportItem } from '@warden/shared';
import type { AppConfig } from '../../../config/app-config';
import type { Clock } from '../../../core/clock/clock';
import type { FileStorage } from '../../../core/files/storage/file-storage';
import type { Logger } from '../../../core/logging/logger';
import { accountingExportSources } from './accounting.source';
import { approvalExportSources } from './approval.source';
import { boardExportSources } from './board.source';
import type { ExportItemSource } from './export-source';
import { hrExportSources } from './hr.source';

/** What a source may use: the database (always filtered by the context's company) and stored files. */
export interface ExportSourceDeps {
  readonly dataSource: DataSource;
  readonly files: FileStorage;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly config: AppConfig;
}

export type ExportSourceFactory = (deps: ExportSourceDeps) => ExportItemSource | readonly ExportItemSource[];

/**
 * Every export source, one factory per domain; a domain adds its factory here. Items without a
 * registered source are not offered in the catalog and refused by `requestDataExport`.
 */
export const EXPORT_SOURCE_FACTORIES: readonly ExportSourceFactory[] = [approvalExportSources, accountingExportSources, hrExportSources, boardExportSources];

/** The sources keyed by item, built once per process. */
export function createExportSources(deps: ExportSourceDeps): ReadonlyMap<DataExportItem, ExportItemSource> {
  const sources = new Map<DataExportItem, ExportItemSource>();
  for (const factory of EXPORT_SOURCE_FACTORIES) {
    const built = factory(deps);
    for (const source of Array.isArray(built) ? built : [built as ExportItemSource]) {
      if (sources.has(source.item)) throw new Error(`two export sources for ${source.item}`);
      sources.set(source.item, source);
    }
  }
  return sources;
}
