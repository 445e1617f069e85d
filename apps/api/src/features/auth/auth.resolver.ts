import type { CookieOptions } from 'express';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/graphql/context';
import { UnauthenticatedError } from '../../core/graphql/errors';
import type { Principal } from '../../core/graphql/principal';
import { Public } from '../../core/graphql/public';
import { Company } from '../companies/company.entity';
import { Employee } from '../employees/employee.entity';
import { StepUpExempt } from '../step-up/requires-step-up';
import { Me, SignInInput, SignInPayload } from './auth.types';
import { SESSION_COOKIE } from './secrets';

function toMe(principal: Principal): Me {
  return Object.assign(new Me(), {
    kind: principal.kind,
    displayName: principal.displayName,
    roles: [...principal.roles],
    permissions: [...principal.permissions],
    principal,
  });
}

function sessionCookieOptions(context: RequestContext, expires?: Date): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: context.config.cookieSecure,
    path: '/',
    ...(expires ? { expires } : {}),
  };
}

@Resolver(() => Me)
export class AuthResolver {
  @Authorized()
  @StepUpExempt('who is signed in')
  @Query(() => Me, { description: 'The caller of this request' })
  me(@Ctx() context: RequestContext): Me {
    return toMe(context.principal!);
  }

  @FieldResolver(() => Employee, { nullable: true })
  async employee(@Root() me: Me, @Ctx() context: RequestContext): Promise<Employee | null> {
    if (!me.principal.employeeId) return null;
    return context.services.dataSource.getRepository(Employee).findOneBy({
      id: me.principal.employeeId,
      companyId: me.principal.companyId!,
    });
  }

  @FieldResolver(() => Company, { nullable: true })
  async company(@Root() me: Me, @Ctx() context: RequestContext): Promise<Company | null> {
    return me.principal.companyId ? context.services.companies.get(me.principal.companyId) : null;
  }

  @Public()
  @Mutation(() => SignInPayload, { description: 'Signs an admin in with login id and password; sets the session cookie' })
  async signIn(@Arg('input') input: SignInInput, @Ctx() context: RequestContext): Promise<SignInPayload> {
    const result = await context.services.auth.signIn(input.loginId, input.password, context.client);
    context.res.cookie(SESSION_COOKIE, result.sessionToken, sessionCookieOptions(context, result.expiresAt));
    return Object.assign(new SignInPayload(), { me: toMe(result.principal), expiresAt: result.expiresAt });
  }

  @Authorized()
  @StepUpExempt('signing out must always work')
  @Mutation(() => Boolean, { description: 'Ends the current session and clears its cookie' })
  async signOut(@Ctx() context: RequestContext): Promise<boolean> {
    const sessionId = context.principal!.sessionId;
    if (!sessionId) throw new UnauthenticatedError('Only a browser session can sign out; API tokens are revoked instead.');
    await context.services.auth.signOut(sessionId);
    await context.services.stepUp.endGrant(sessionId);
    context.res.clearCookie(SESSION_COOKIE, sessionCookieOptions(context));
    return true;
  }
}
