import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Permission } from '@warden/shared';
import { type RequestContext, companyIdOf } from '../../core/graphql/context';
import { StepUpExempt } from '../step-up/requires-step-up';
import { EmployeeProfilePhoto } from './profile-photo.entity';

@Resolver()
export class ProfilePhotosResolver {
  @Authorized(Permission.SERVICE_DATA_WRITE)
  @StepUpExempt('the HR service’s API token pushes profile photos; it is no admin menu')
  @Mutation(() => EmployeeProfilePhoto, {
    description: 'Sets an employee’s profile photo to an uploaded PNG or GIF (checked by its signature), or removes it with fileId null',
  })
  async setEmployeeProfilePhoto(
    @Ctx() context: RequestContext,
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('fileId', () => ID, { nullable: true }) fileId: string | null,
  ): Promise<EmployeeProfilePhoto> {
    return context.services.profilePhotos.setPhoto(companyIdOf(context), employeeId, fileId);
  }
}
