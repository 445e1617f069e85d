import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';

/** An attachment as the API shows it: the uploaded file with the name it carries in the document. */
@ObjectType({ description: 'A file attached to a document, with its original name' })
export class Attachment {
  @Field(() => ID, { description: 'The uploaded file’s id' })
  fileId: string;

  @Field({ description: 'The original file name (untrusted text: never used as a path)' })
  name: string;

  @Field(() => Float, { description: 'Bytes' })
  size: number;

  @Field()
  contentType: string;
}

/** An attachment named when a document is registered: an uploaded file, optionally under another name. */
@InputType({ description: 'An uploaded file (POST /integration/files) to attach' })
export class AttachmentInput {
  @Field(() => ID, { description: 'The fileId answered by POST /integration/files' })
  fileId: string;

  @Field(() => String, { nullable: true, description: 'The name shown for it; the uploaded name when omitted' })
  name?: string | null;
}
