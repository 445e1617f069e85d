import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Permission, Service } from '@warden/shared';
import type { RequestContext } from '../../core/graphql/context';
import { approvedCompany } from '../companies/approved-company';
import { OncePerOperation } from '../../core/graphql/once-per-operation';
import { RequiresStepUp, StepUpExempt } from './requires-step-up';
import {
  StepUpChannel,
  StepUpCodeSent,
  StepUpSettingsView,
  StepUpStatus,
  StepUpVerified,
  UpdateStepUpSettingsInput,
} from './step-up.types';

const view = (services: Array<{ service: Service; isProtected: boolean }>): StepUpSettingsView =>
  Object.assign(new StepUpSettingsView(), { services });

@Resolver()
export class StepUpResolver {
  @Authorized(Permission.SECURITY_SETTINGS_MANAGE)
  @RequiresStepUp(Service.SECURITY)
  @Query(() => StepUpSettingsView, { description: 'Security › Two-factor authentication: which services need additional authentication (R20)' })
  async stepUpSettings(@Ctx() context: RequestContext): Promise<StepUpSettingsView> {
    return view(await context.services.stepUp.settings((await approvedCompany(context)).id));
  }

  @Authorized(Permission.SECURITY_SETTINGS_MANAGE)
  // Once anything is protected, switching protection (even off) needs a step-up itself.
  @RequiresStepUp(Service.SECURITY, { when: 'ANY_SERVICE_PROTECTED' })
  @Mutation(() => StepUpSettingsView, { description: 'Saves which services’ management menus need additional authentication (audited)' })
  async updateStepUpSettings(
    @Ctx() context: RequestContext,
    @Arg('input', () => UpdateStepUpSettingsInput) input: UpdateStepUpSettingsInput,
  ): Promise<StepUpSettingsView> {
    const companyId = (await approvedCompany(context)).id;
    return view(await context.services.stepUp.updateSettings(companyId, input.protectedServices, context.principal!, context.client));
  }

  @Authorized()
  @StepUpExempt('the SPA asks it to decide whether to show the Additional authentication page')
  @Query(() => StepUpStatus, { description: 'Protected services, whether this session has a valid step-up, and where a code can be sent' })
  async stepUpStatus(@Ctx() context: RequestContext): Promise<StepUpStatus> {
    return Object.assign(new StepUpStatus(), await context.services.stepUp.status(context.principal!));
  }

  @Authorized()
  @StepUpExempt('part of the step-up flow')
  @Mutation(() => StepUpCodeSent, {
    description: 'Sends a 6-digit code (valid 10 minutes) to the admin’s e-mail or mobile number; earlier codes stop working. At most 5 per 15 minutes.',
  })
  async requestStepUpCode(
    @Ctx() context: RequestContext,
    @Arg('channel', () => StepUpChannel) channel: StepUpChannel,
  ): Promise<StepUpCodeSent> {
    return Object.assign(new StepUpCodeSent(), await context.services.stepUp.requestCode(context.principal!, channel, context.client));
  }

  @Authorized()
  @StepUpExempt('part of the step-up flow')
  @OncePerOperation()
  @Mutation(() => StepUpVerified, {
    description: 'Checks the code; success opens every protected menu of this session for 30 minutes. At most once per operation.',
  })
  async verifyStepUpCode(@Ctx() context: RequestContext, @Arg('code') code: string): Promise<StepUpVerified> {
    return Object.assign(new StepUpVerified(), await context.services.stepUp.verifyCode(context.principal!, code, context.client));
  }
}
