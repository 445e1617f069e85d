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
];
