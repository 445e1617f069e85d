import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP } from '../../core/database/columns';

/**
 * The body is stored exactly as the board sent it (untrusted HTML); it is sanitised when it is
 * exported, so a better sanitiser later applies to every notice. TEXT holds 65,535 bytes on MariaDB,
 * which bounds the body (checked in UTF-8 bytes on registration).
 */
export const MAX_NOTICE_BODY_BYTES = 65_000;

@ObjectType({ description: 'A notice registered by the board service' })
@Entity({ name: 'board_notices' })
@Index('ux_board_notices_source', ['companyId', 'sourceNoticeId'], { unique: true })
@Index('ix_board_notices_posted', ['companyId', 'postedAt'])
export class BoardNotice {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Field({ description: 'The board’s id of the notice; registering it again updates the notice' })
  @Column({ type: 'varchar', length: 100 })
  sourceNoticeId: string;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 36 })
  authorEmployeeId: string;

  /** The author's name at registration, so the export names them even after they leave. */
  @Field()
  @Column({ type: 'varchar', length: 100 })
  authorName: string;

  @Field({ description: 'As sent by the board (untrusted); sanitised on export' })
  @Column({ type: 'text' })
  bodyHtml: string;

  @Field()
  @Column(TIMESTAMP)
  postedAt: Date;

  @Column(TIMESTAMP)
  registeredAt: Date;

  @Column(TIMESTAMP)
  updatedAt: Date;

  @Field(() => [BoardNoticeImageRef], { description: 'Images the body shows, in order' })
  images: BoardNoticeImageRef[];

  @Field(() => [ID], { description: 'Uploaded file ids of the attachments, in order' })
  attachmentFileIds: string[];
}

@ObjectType({ description: 'An image of a notice: the uploaded file and the URL the body uses for it' })
export class BoardNoticeImageRef {
  @Field(() => ID)
  fileId: string;

  @Field()
  source: string;
}

export const BoardNoticeFileKind = { IMAGE: 'IMAGE', ATTACHMENT: 'ATTACHMENT' } as const;
export type BoardNoticeFileKind = (typeof BoardNoticeFileKind)[keyof typeof BoardNoticeFileKind];

/** An image (with the URL the body refers to it by) or an attachment of a notice. */
@Entity({ name: 'board_notice_files' })
@Index('ux_board_notice_files_position', ['noticeId', 'kind', 'position'], { unique: true })
export class BoardNoticeFile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  @Column({ type: 'varchar', length: 36 })
  noticeId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: BoardNoticeFileKind;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 36 })
  fileId: string;

  /** Images only: the exact `src` the body uses (e.g. the board's own image URL); rewritten on export. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  source: string | null;

  /** Images only: PNG or GIF, from the file's signature. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  contentType: string | null;
}
