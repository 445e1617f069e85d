import { SECURITY_MENU_PATHS } from '@warden/shared';
import { createBrowserRouter, Navigate } from 'react-router';
import { AdminLayout } from '../features/admin-shell/components/AdminLayout';
import { NotFoundPage } from '../pages/NotFoundPage';
import { SignInPage } from '../pages/SignInPage';
import { AuditLogPage } from '../pages/security/AuditLogPage';
import { ApprovalDocumentDeletionStatusPage } from '../pages/security/ApprovalDocumentDeletionStatusPage';
import { ExportDataPage } from '../pages/security/ExportDataPage';
import { LoginStatusPage } from '../pages/security/LoginStatusPage';
import { PledgeDeletionStatusPage } from '../pages/security/PledgeDeletionStatusPage';
import { SecurityHomePage } from '../pages/security/SecurityHomePage';
import { StepUpPage } from '../pages/security/StepUpPage';
import { SupportAccessPage } from '../pages/security/SupportAccessPage';
import { TwoFactorAuthenticationPage } from '../pages/security/TwoFactorAuthenticationPage';
import { AUDIT_LOG_PATH } from '../features/security-menu/components/SecurityMenuList';

/** Every URL of the SPA. Menu paths come from @warden/shared, the same list the API answers with. */
export function createRouter() {
  return createBrowserRouter([
    { path: '/', element: <Navigate to="/security" replace /> },
    { path: '/sign-in', Component: SignInPage },
    {
      path: '/security',
      Component: AdminLayout,
      children: [
        { index: true, Component: SecurityHomePage },
        // Not a menu: where STEP_UP_REQUIRED sends the admin (features/step-up/step-up-return.ts).
        { path: 'step-up', Component: StepUpPage },
        { path: SECURITY_MENU_PATHS.LOGIN_STATUS, Component: LoginStatusPage },
        { path: SECURITY_MENU_PATHS.TWO_FACTOR_AUTHENTICATION, Component: TwoFactorAuthenticationPage },
        { path: SECURITY_MENU_PATHS.SUPPORT_ACCESS, Component: SupportAccessPage },
        { path: SECURITY_MENU_PATHS.EXPORT_DATA, Component: ExportDataPage },
        {
          path: SECURITY_MENU_PATHS.APPROVAL_DOCUMENT_DELETION_STATUS,
          Component: ApprovalDocumentDeletionStatusPage,
        },
        { path: SECURITY_MENU_PATHS.PLEDGE_DELETION_STATUS, Component: PledgeDeletionStatusPage },
        // Not in the API's securityMenu: the drawer adds it for admins with AUDIT_LOG_READ.
        { path: AUDIT_LOG_PATH, Component: AuditLogPage },
      ],
    },
    { path: '*', Component: NotFoundPage },
  ]);
}
