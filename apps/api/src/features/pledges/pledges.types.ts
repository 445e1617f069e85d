import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../login-records/login-records.types';
import { Pledge } from './pledge.entity';
import type { DeletedPledgeFilter } from './pledges.inputs';

@ObjectType()
export class PledgeEdge {
  @Field()
  cursor: string;

  @Field(() => Pledge)
  node: Pledge;
}

@ObjectType({ description: 'Deleted signed pledges, newest deletion first' })
export class PledgeConnection {
  @Field(() => [PledgeEdge])
  edges: PledgeEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  /** Kept for the lazily computed `totalCount`. */
  filter: DeletedPledgeFilter;
}

@ObjectType()
export class PermanentlyDeletedPledge {
  @Field(() => ID)
  id: string;

  @Field()
  pledgeNumber: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'What a permanent delete removed' })
export class PermanentlyDeletePledgesPayload {
  @Field(() => Int)
  deletedCount: number;

  @Field(() => [PermanentlyDeletedPledge], { description: 'Deleted by this request' })
  deleted: PermanentlyDeletedPledge[];

  @Field(() => [ID], { description: 'Already gone (for example a second click) or not your company’s: nothing was done to them' })
  notFoundIds: string[];
}
