import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Permission } from '@warden/shared';
import { type RequestContext, companyIdOf } from '../../core/graphql/context';
import { StepUpExempt } from '../step-up/requires-step-up';
import { BoardNotice } from './board-notice.entity';
import { RegisterBoardNoticeInput } from './board.inputs';

@Resolver()
export class BoardResolver {
  @Authorized(Permission.SERVICE_DATA_WRITE)
  @StepUpExempt('the board service’s API token pushes notices; it is no admin menu')
  @Mutation(() => BoardNotice, {
    description: 'Stores a notice from the board service (body as untrusted HTML, PNG/GIF images by the src the body uses, attachments), or updates the one with its id',
  })
  async registerBoardNotice(
    @Ctx() context: RequestContext,
    @Arg('input', () => RegisterBoardNoticeInput) input: RegisterBoardNoticeInput,
  ): Promise<BoardNotice> {
    return context.services.board.registerNotice(companyIdOf(context), input);
  }
}
