import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Permission } from '@warden/shared';
import { type RequestContext, companyIdOf } from '../../core/graphql/context';
import { StepUpExempt } from '../step-up/requires-step-up';
import { AccountingSlip } from './accounting-slip.entity';
import { AccountingVendor } from './accounting-vendor.entity';
import { RegisterAccountingSlipInput, RegisterAccountingVendorInput } from './accounting.inputs';

@Resolver()
export class AccountingResolver {
  @Authorized(Permission.SERVICE_DATA_WRITE)
  @StepUpExempt('the accounting service’s API token pushes slips; it is no admin menu')
  @Mutation(() => AccountingSlip, {
    description: 'Stores a slip from the accounting service, or updates the one with its number while in progress; closed slips are final',
  })
  async registerAccountingSlip(
    @Ctx() context: RequestContext,
    @Arg('input', () => RegisterAccountingSlipInput) input: RegisterAccountingSlipInput,
  ): Promise<AccountingSlip> {
    return context.services.accounting.registerSlip(companyIdOf(context), input);
  }

  @Authorized(Permission.SERVICE_DATA_WRITE)
  @StepUpExempt('the accounting service’s API token pushes vendors; it is no admin menu')
  @Mutation(() => AccountingVendor, {
    description: 'Stores a vendor from the accounting service, or updates the one with its business registration number',
  })
  async registerAccountingVendor(
    @Ctx() context: RequestContext,
    @Arg('input', () => RegisterAccountingVendorInput) input: RegisterAccountingVendorInput,
  ): Promise<AccountingVendor> {
    return context.services.accounting.registerVendor(companyIdOf(context), input);
  }
}
