import { MaxLength, MinLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { AdminRole, Permission } from '@warden/shared';
import { PrincipalKind } from '../../core/graphql/enums';
import type { Principal } from '../../core/graphql/principal';
import { Company } from '../companies/company.entity';
import { Employee } from '../employees/employee.entity';

@ObjectType({ description: 'The caller: an admin, an API token, or vendor support staff' })
export class Me {
  @Field(() => PrincipalKind)
  kind: PrincipalKind;

  @Field({ description: 'Admin name, API token name, or support staff name' })
  displayName: string;

  @Field(() => Employee, { nullable: true, description: 'The signed-in admin; null for API tokens and support staff' })
  employee: Employee | null;

  @Field(() => Company, { nullable: true })
  company: Company | null;

  @Field(() => [AdminRole])
  roles: AdminRole[];

  @Field(() => [Permission])
  permissions: Permission[];

  /** Kept for field resolvers; not exposed. */
  principal: Principal;
}

@InputType()
export class SignInInput {
  @Field()
  @MinLength(1)
  @MaxLength(190)
  loginId: string;

  @Field()
  @MinLength(1)
  @MaxLength(1024)
  password: string;
}

@ObjectType()
export class SignInPayload {
  @Field(() => Me)
  me: Me;

  @Field({ description: 'When the session ends unless the admin signs out first' })
  expiresAt: Date;
}
