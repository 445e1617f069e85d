import { DownloadLink } from '../downloads/download-link.entity';
import { MailMessageRecord } from '../mail/mail-message.entity';
import { LoginRuleSettings } from '../../features/login-records/login-rule-settings.entity';
import { AuditEvent } from '../../features/audit-log/audit-event.entity';
import { ApiToken } from '../../features/auth/api-token.entity';
import { Session } from '../../features/auth/session.entity';
import { SupportAccount } from '../../features/auth/support-account.entity';
import { Company } from '../../features/companies/company.entity';
import { AdminRoleAssignment } from '../../features/employees/admin-role-assignment.entity';
import { Employee } from '../../features/employees/employee.entity';
import { LoginRecord } from '../../features/login-records/login-record.entity';
import { SmsMessageRecord } from '../sms/sms-message.entity';
import { StepUpChallenge } from '../../features/step-up/step-up-challenge.entity';
import { StepUpFailure, StepUpLockout } from '../../features/step-up/step-up-failure.entity';
import { StepUpGrant } from '../../features/step-up/step-up-grant.entity';
import { StepUpSettings } from '../../features/step-up/step-up-settings.entity';
import { SupportAccessLogEntry } from '../../features/support-access/support-access-log.entity';
import { SupportAccessSetting } from '../../features/support-access/support-access.entity';
import { StoredFile } from '../../features/stored-files/stored-file.entity';
import { ApprovalDocument, ApprovalDocumentAttachment, ApprovalLineEntry } from '../../features/approval-documents/approval-document.entity';
import { Pledge, PledgeAttachment } from '../../features/pledges/pledge.entity';
import { DataExport } from '../../features/data-exports/data-export.entity';
import { DataExportDownload } from '../../features/data-exports/data-export-download.entity';
import { DataExportPart } from '../../features/data-exports/data-export-part.entity';
import { AccountingSlip, AccountingSlipAttachment } from '../../features/accounting/accounting-slip.entity';
import { AccountingVendor, AccountingVendorAttachment } from '../../features/accounting/accounting-vendor.entity';
import { EmployeeProfilePhoto } from '../../features/employees/profile-photo.entity';
import { BoardNotice, BoardNoticeFile } from '../../features/board/board-notice.entity';

/** Every entity of Warden's DataSource; a new feature adds its entities here. */
export const ENTITIES = [
  Company,
  Employee,
  AdminRoleAssignment,
  Session,
  ApiToken,
  SupportAccount,
  LoginRecord,
  AuditEvent,
  MailMessageRecord,
  LoginRuleSettings,
  DownloadLink,
  SmsMessageRecord,
  StepUpSettings,
  StepUpChallenge,
  StepUpGrant,
  StepUpFailure,
  StepUpLockout,
  SupportAccessSetting,
  SupportAccessLogEntry,
  DataExport,
  DataExportPart,
  DataExportDownload,
  StoredFile,
  ApprovalDocument,
  ApprovalLineEntry,
  ApprovalDocumentAttachment,
  Pledge,
  PledgeAttachment,
  AccountingSlip,
  AccountingSlipAttachment,
  AccountingVendor,
  AccountingVendorAttachment,
  EmployeeProfilePhoto,
  BoardNotice,
  BoardNoticeFile,
];
