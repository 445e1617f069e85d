import { ErrorCode } from '@warden/shared';
import { type RequestContext, companyIdOf } from '../../core/graphql/context';
import { AppError } from '../../core/graphql/errors';
import type { Company } from './company.entity';

/** The caller's company, when it may use the Security features (R0: only companies that obtained WORKS Approval). */
export async function approvedCompany(context: RequestContext): Promise<Company> {
  const company = await context.services.companies.get(companyIdOf(context));
  if (!company.securityFeaturesEnabled) {
    throw new AppError(ErrorCode.SECURITY_FEATURES_DISABLED, 'Your company’s security features are not enabled (WORKS Approval).');
  }
  return company;
}
