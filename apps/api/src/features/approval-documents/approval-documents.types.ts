import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../login-records/login-records.types';
import { ApprovalDocument } from './approval-document.entity';
import type { DeletedApprovalDocumentFilter } from './approval-documents.inputs';

@ObjectType()
export class ApprovalDocumentEdge {
  @Field()
  cursor: string;

  @Field(() => ApprovalDocument)
  node: ApprovalDocument;
}

@ObjectType({ description: 'Deleted approval documents, newest deletion first' })
export class ApprovalDocumentConnection {
  @Field(() => [ApprovalDocumentEdge])
  edges: ApprovalDocumentEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  /** Kept for the lazily computed `totalCount`. */
  filter: DeletedApprovalDocumentFilter;
}

@ObjectType()
export class PermanentlyDeletedDocument {
  @Field(() => ID)
  id: string;

  @Field()
  documentNumber: string;
}

@ObjectType({ description: 'What a permanent delete removed' })
export class PermanentlyDeleteApprovalDocumentsPayload {
  @Field(() => Int)
  deletedCount: number;

  @Field(() => [PermanentlyDeletedDocument], { description: 'Deleted by this request, by document number' })
  deleted: PermanentlyDeletedDocument[];

  @Field(() => [ID], { description: 'Already gone (for example a second click) or not your company’s: nothing was done to them' })
  notFoundIds: string[];
}
