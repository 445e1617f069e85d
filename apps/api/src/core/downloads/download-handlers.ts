import type { AppConfig } from '../../config/app-config';
import { LOGIN_RECORDS_DOWNLOAD, loginRecordsDownload } from '../../features/login-records/login-records-download';
import type { Services } from '../services';
import type { DownloadHandler } from './downloads';

/** What each kind of download link streams; a feature adds its downloads here. */
export function downloadHandlers(services: Services, config: AppConfig): Record<string, DownloadHandler> {
  return {
    [LOGIN_RECORDS_DOWNLOAD]: loginRecordsDownload(services, config),
  };
}
