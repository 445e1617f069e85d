import { Arg, Authorized, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Permission, SecurityMenu, SecurityMenuUnavailableReason } from '@warden/shared';
import { type RequestContext, companyIdOf } from '../../core/graphql/context';
import { ForbiddenError } from '../../core/graphql/errors';
import { Company } from './company.entity';
import { StepUpExempt } from '../step-up/requires-step-up';

@ObjectType()
export class SecurityMenuEntry {
  @Field(() => SecurityMenu)
  menu: SecurityMenu;

  @Field({ description: 'URL segment of the menu under /security in the admin console' })
  path: string;
}

@ObjectType({ description: 'The Security menus this caller may open' })
export class SecurityMenuPayload {
  @Field()
  available: boolean;

  @Field(() => SecurityMenuUnavailableReason, { nullable: true, description: 'Why no menu is available' })
  unavailableReason: SecurityMenuUnavailableReason | null;

  @Field(() => [SecurityMenuEntry])
  items: SecurityMenuEntry[];
}

@Resolver(() => Company)
export class CompaniesResolver {
  @Authorized(Permission.COMPANY_READ)
  @StepUpExempt('the console shell: company name, language and time zone')
  @Query(() => Company, {
    description:
      'The caller’s company. `id` is only a check: asking for another company’s id answers FORBIDDEN, never its data.',
  })
  async company(@Arg('id', () => ID, { nullable: true }) id: string | null | undefined, @Ctx() context: RequestContext): Promise<Company> {
    const companyId = companyIdOf(context);
    if (id != null && id !== companyId) throw new ForbiddenError('You can only read your own company.');
    return context.services.companies.get(companyId);
  }

  @Authorized()
  @StepUpExempt('the menu list itself; opening a protected menu asks for the step-up')
  @Query(() => SecurityMenuPayload)
  async securityMenu(@Ctx() context: RequestContext): Promise<SecurityMenuPayload> {
    if (!context.principal!.companyId) {
      return { available: false, unavailableReason: SecurityMenuUnavailableReason.NO_SECURITY_PERMISSION, items: [] };
    }
    return context.services.companies.securityMenu(companyIdOf(context), context.principal!);
  }
}
