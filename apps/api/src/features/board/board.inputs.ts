import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'An image the notice body shows: the uploaded file and the exact src the body uses for it' })
export class BoardNoticeImageInput {
  @Field(() => ID, { description: 'Id returned by POST /integration/files; PNG or GIF' })
  fileId: string;

  @Field({ description: 'The src attribute value in the body (e.g. the board’s own image URL), up to 2,000 characters' })
  source: string;
}

/** Validation happens in the service, so every error names its field. */
@InputType({ description: 'A notice from the board service; its id makes a replay an update' })
export class RegisterBoardNoticeInput {
  @Field({ description: 'The board’s id of the notice, up to 100 characters' })
  sourceNoticeId: string;

  @Field({ description: 'Up to 300 characters' })
  title: string;

  @Field(() => ID, { description: 'The author, an employee of the caller’s company' })
  authorEmployeeId: string;

  @Field({ description: 'The body as HTML, up to 65,000 bytes in UTF-8; stored as sent and sanitised on export' })
  bodyHtml: string;

  @Field()
  postedAt: Date;

  @Field(() => [BoardNoticeImageInput], { nullable: true, description: 'Replaces the image list' })
  images?: BoardNoticeImageInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Ids returned by POST /integration/files; replaces the attachment list' })
  attachmentFileIds?: string[] | null;
}
