import { Field, ID, InputType } from 'type-graphql';
import { AccountingSlipStatus } from './accounting-slip.entity';

/** Validation happens in the service, so every error names its field. */
@InputType({ description: 'A slip from the accounting service; the slip number makes a replay an update' })
export class RegisterAccountingSlipInput {
  @Field({ description: 'Up to 50 characters, unique in the company' })
  slipNumber: string;

  @Field({ description: 'The slip date of the books, YYYY-MM-DD' })
  slipDate: string;

  @Field({ description: 'Title or summary, up to 200 characters' })
  title: string;

  @Field({ description: 'Decimal text: up to 15 digits, optionally a sign and up to 4 decimals, e.g. 1250000 or -12.50' })
  amount: string;

  @Field({ description: 'ISO 4217 code, e.g. KRW, JPY, USD' })
  currency: string;

  @Field(() => ID, { description: 'The drafter, an employee of the caller’s company' })
  drafterEmployeeId: string;

  @Field(() => AccountingSlipStatus)
  status: AccountingSlipStatus;

  @Field({ description: 'When the slip was created in the accounting service' })
  createdAt: Date;

  @Field(() => [ID], { nullable: true, description: 'Ids returned by POST /integration/files; replaces the attachment list' })
  attachmentFileIds?: string[] | null;
}

@InputType({ description: 'A vendor from the accounting service; the business registration number makes a replay an update' })
export class RegisterAccountingVendorInput {
  @Field({ description: 'Letters, digits, hyphens and spaces, up to 32 characters, e.g. 123-45-67890' })
  businessRegistrationNumber: string;

  @Field({ description: 'Up to 200 characters' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Up to 100 characters' })
  representative?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number or e-mail address, up to 200 characters' })
  contact?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 500 characters; line breaks allowed' })
  address?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Ids returned by POST /integration/files; replaces the attachment list' })
  attachmentFileIds?: string[] | null;
}
