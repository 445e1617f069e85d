/** Every job Warden runs. The value is the name stored with the job, so it never changes. */
export const JobName = {
  SendMail: 'send-mail',
  SendSms: 'send-sms',
  PurgeExpiredSessions: 'purge-expired-sessions',
  PurgeExpiredLoginRecords: 'purge-expired-login-records',
  ExpireSupportAccess: 'expire-support-access',
  SweepSupportAccess: 'sweep-support-access',
  RunDataExport: 'run-data-export',
  CloseDataExportCancelWindow: 'close-data-export-cancel-window',
  ExpireDataExport: 'expire-data-export',
  SweepDataExports: 'sweep-data-exports',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

/**
 * The data each job carries: ids only, never whole objects, so a job reads the current state when
 * it runs and a retried job does the right thing. `companyId` scopes a job to a tenant (the jobs
 * view shows admins only their own company's jobs).
 */
export interface JobData {
  [JobName.SendMail]: { mailId: string; companyId: string | null };
  [JobName.SendSms]: { smsId: string; companyId: string | null };
  [JobName.PurgeExpiredSessions]: Record<string, never>;
  [JobName.PurgeExpiredLoginRecords]: Record<string, never>;
  /** `version` is the grant the expiry was queued for; a newer save makes the job a no-op. */
  [JobName.ExpireSupportAccess]: { companyId: string; version: number };
  [JobName.SweepSupportAccess]: Record<string, never>;
  /** Builds the export from its row; retried runs are fenced by the row's build attempt. */
  [JobName.RunDataExport]: { exportId: string; companyId: string };
  [JobName.CloseDataExportCancelWindow]: { exportId: string; companyId: string };
  [JobName.ExpireDataExport]: { exportId: string; companyId: string };
  [JobName.SweepDataExports]: Record<string, never>;
}
