import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { DownloadHandler } from '../../core/downloads/downloads';
import { setDownloadHeaders } from '../../core/downloads/downloads';
import { NotFoundError } from '../../core/graphql/errors';
import type { Services } from '../../core/services';

export const DATA_EXPORT_PART_DOWNLOAD = 'data-export.part';

/**
 * Streams one zip part of a completed export (R44, R49). The status is checked again here (it may have
 * been canceled or expired since the link was issued), the download is recorded and audited before the
 * first byte, and the file is opened before the headers go so a deleted file is a clean error.
 */
export function dataExportPartDownload(services: Services): DownloadHandler {
  return async ({ link, principal, res, client }) => {
    const exportId = String(link.params.exportId);
    const partNumber = Number(link.params.partNumber);
    const { row, part } = await services.dataExports.downloadablePart(link.companyId, exportId, partNumber);
    const file = services.dataExports.partPath(row, part.fileName);
    let handle: fs.promises.FileHandle;
    try {
      handle = await fs.promises.open(file, 'r');
    } catch {
      throw new NotFoundError('The export file');
    }
    try {
      const { size } = await handle.stat();
      await services.dataExports.recordDownload(principal, row, part, client);
      setDownloadHeaders(res, part.fileName, 'application/zip');
      res.setHeader('Content-Length', String(size));
      await pipeline(handle.createReadStream({ autoClose: false }), res);
    } finally {
      await handle.close();
    }
  };
}
