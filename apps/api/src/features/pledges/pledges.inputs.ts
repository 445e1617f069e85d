import { Field, ID, InputType } from 'type-graphql';
import { AttachmentInput } from '../stored-files/attachment.types';

@InputType({ description: 'A signed pledge as the pledge service has it' })
export class RegisterPledgeInput {
  @Field({ description: 'The pledge service’s number of this signed pledge, unique in your company: letters, digits, "-" and "_"' })
  pledgeNumber: string;

  @Field({ description: 'The pledge’s name, e.g. Information security pledge' })
  name: string;

  @Field(() => ID)
  signerEmployeeId: string;

  @Field()
  signedAt: Date;

  @Field({ description: 'Rich text as HTML (at most 1,000,000 characters); stored as given, never rendered as HTML' })
  content: string;

  @Field(() => [AttachmentInput], { nullable: true, description: 'Files uploaded with POST /integration/files, in order' })
  attachments?: AttachmentInput[] | null;
}

@InputType({ description: 'Search window of Pledge deletion status (R51); conditions combine with AND' })
export class DeletedPledgeFilter {
  @Field(() => Date, { nullable: true, description: 'Deleted at or after (the start of a day in the company zone)' })
  deletedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Deleted before (exclusive)' })
  deletedTo?: Date | null;

  @Field(() => String, { nullable: true, description: 'Part of the pledge name, any case' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the deleter’s name, any case' })
  deletedBy?: string | null;
}
