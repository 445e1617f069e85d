import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { Permission, Service } from '@warden/shared';
import { type RequestContext, companyIdOf } from '../graphql/context';
import { BadUserInputError } from '../graphql/errors';
import { RequiresStepUp } from '../../features/step-up/requires-step-up';

export const ScheduledJobState = {
  running: 'running',
  scheduled: 'scheduled',
  queued: 'queued',
  completed: 'completed',
  failed: 'failed',
  repeating: 'repeating',
  paused: 'paused',
} as const;
export type ScheduledJobState = (typeof ScheduledJobState)[keyof typeof ScheduledJobState];
registerEnumType(ScheduledJobState, { name: 'ScheduledJobState', description: 'State of a scheduled job, as Agenda computes it' });

@ObjectType({ description: 'A background job of the caller’s company (exports, mail, expiry)' })
export class ScheduledJob {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ScheduledJobState)
  state: ScheduledJobState;

  @Field(() => Date, { nullable: true })
  nextRunAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastRunAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastFinishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  failedAt: Date | null;

  @Field(() => Int)
  failCount: number;

  @Field(() => String, { nullable: true, description: 'The last failure’s message' })
  failReason: string | null;

  @Field(() => String, { nullable: true })
  repeatInterval: string | null;

  @Field()
  disabled: boolean;
}

@Resolver(() => ScheduledJob)
export class JobsResolver {
  @Authorized(Permission.JOBS_READ)
  @RequiresStepUp(Service.SECURITY)
  @Query(() => [ScheduledJob], { description: 'The company’s background jobs, newest next run first; never another company’s' })
  async scheduledJobs(
    @Ctx() context: RequestContext,
    @Arg('state', () => ScheduledJobState, { nullable: true }) state?: ScheduledJobState,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most 200' }) first = 50,
  ): Promise<ScheduledJob[]> {
    if (first < 1 || first > 200) throw new BadUserInputError('first must be from 1 to 200.', { field: 'first' });
    const jobs = await context.services.jobs.list({ companyId: companyIdOf(context), limit: first, state });
    return jobs as ScheduledJob[];
  }
}
