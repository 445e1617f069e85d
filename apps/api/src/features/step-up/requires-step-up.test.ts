import 'reflect-metadata';
import { buildWardenSchema } from '../../core/graphql/build-schema';
import { assertEveryOperationDecidesStepUp } from './requires-step-up';

describe('every GraphQL operation decides on step-up', () => {
  it('lists which operations need a step-up for which service', async () => {
    await buildWardenSchema(); // loads every resolver, and fails when an operation did not decide
    const coverage = assertEveryOperationDecidesStepUp();
    expect(coverage.protected).toEqual({
      'LoginRecordsResolver.loginRecords': { service: 'SECURITY', when: 'SERVICE_PROTECTED' },
      'LoginRecordsResolver.reviewLoginRecord': { service: 'SECURITY', when: 'SERVICE_PROTECTED' },
      'LoginRecordsResolver.loginRuleSettings': { service: 'SECURITY', when: 'SERVICE_PROTECTED' },
      'LoginRecordsResolver.updateLoginRuleSettings': { service: 'SECURITY', when: 'SERVICE_PROTECTED' },
      'LoginRecordsResolver.requestLoginRecordsDownload': { service: 'SECURITY', when: 'SERVICE_PROTECTED' },
      'DeletedDocumentPdfResolver.requestDeletedApprovalDocumentPdfDownload': { service: 'APPROVAL', when: 'SERVICE_PROTECTED' },
      'DeletedDocumentPdfResolver.requestDeletedPledgePdfDownload': { service: 'PLEDGE', when: 'SERVICE_PROTECTED' },
      'ApprovalDocumentsResolver.deletedApprovalDocuments': { service: 'APPROVAL', when: 'SERVICE_PROTECTED' },
      'ApprovalDocumentsResolver.permanentlyDeleteApprovalDocuments': { service: 'APPROVAL', when: 'SERVICE_PROTECTED' },
      'ApprovalDocumentsResolver.requestDeletedApprovalDocumentsDownload': { service: 'APPROVAL', when: 'SERVICE_PROTECTED' },
      'PledgesResolver.deletedPledges': { service: 'PLEDGE', when: 'SERVICE_PROTECTED' },
      'PledgesResolver.permanentlyDeletePledges': { service: 'PLEDGE', when: 'SERVICE_PROTECTED' },
      'PledgesResolver.requestDeletedPledgesDownload': { service: 'PLEDGE', when: 'SERVICE_PROTECTED' },
      'JobsResolver.scheduledJobs': { service: 'SECURITY', when: 'SERVICE_PROTECTED' },
      'StepUpResolver.stepUpSettings': { service: 'SECURITY', when: 'SERVICE_PROTECTED' },
      'StepUpResolver.updateStepUpSettings': { service: 'SECURITY', when: 'ANY_SERVICE_PROTECTED' },
      'AuditEventsResolver.auditEvents': { service: 'SECURITY', when: 'SERVICE_PROTECTED' },
      'SupportAccessResolver.supportAccess': { service: 'SECURITY', when: 'SERVICE_PROTECTED' },
      'SupportAccessResolver.updateSupportAccess': { service: 'SECURITY', when: 'SERVICE_PROTECTED' },
      'SupportAccessResolver.supportAccessLog': { service: 'SECURITY', when: 'SERVICE_PROTECTED' },
      'DataExportsResolver.exportCatalog': { service: 'SECURITY', when: 'SERVICE_PROTECTED' },
      'DataExportsResolver.dataExports': { service: 'SECURITY', when: 'SERVICE_PROTECTED' },
      'DataExportsResolver.dataExport': { service: 'SECURITY', when: 'SERVICE_PROTECTED' },
      'DataExportsResolver.activeDataExport': { service: 'SECURITY', when: 'SERVICE_PROTECTED' },
      'DataExportsResolver.requestDataExport': { service: 'SECURITY', when: 'SERVICE_PROTECTED' },
      'DataExportsResolver.cancelDataExport': { service: 'SECURITY', when: 'SERVICE_PROTECTED' },
      'DataExportsResolver.requestDataExportPartDownload': { service: 'SECURITY', when: 'SERVICE_PROTECTED' },
    });
    expect(Object.keys(coverage.exempt).sort()).toEqual([
      'AccountingResolver.registerAccountingSlip',
      'AccountingResolver.registerAccountingVendor',
      'ApprovalDocumentsResolver.deleteApprovalDocument',
      'ApprovalDocumentsResolver.registerApprovalDocument',
      'AuthResolver.me',
      'AuthResolver.signOut',
      'BoardResolver.registerBoardNotice',
      'CompaniesResolver.company',
      'CompaniesResolver.securityMenu',
      'LoginRecordsResolver.recordLoginEvents',
      'PledgesResolver.deletePledge',
      'PledgesResolver.registerPledge',
      'ProfilePhotosResolver.setEmployeeProfilePhoto',
      'StepUpResolver.requestStepUpCode',
      'StepUpResolver.stepUpStatus',
      'StepUpResolver.verifyStepUpCode',
    ]);
  });
});
