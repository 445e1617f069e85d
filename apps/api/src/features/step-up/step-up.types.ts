import { ArrayMaxSize } from 'class-validator';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Service } from '@warden/shared';
import '../../core/graphql/enums';

/** Where a step-up code is sent. */
export const StepUpChannel = { EMAIL: 'EMAIL', SMS: 'SMS' } as const;
export type StepUpChannel = (typeof StepUpChannel)[keyof typeof StepUpChannel];
registerEnumType(StepUpChannel, { name: 'StepUpChannel', description: 'Where a step-up code is sent: e-mail or mobile number' });

@ObjectType({ description: 'One service and whether its management menus need additional authentication' })
export class StepUpServiceSetting {
  @Field(() => Service)
  service: Service;

  @Field({ name: 'protected' })
  isProtected: boolean;
}

@ObjectType({ description: 'Security › Two-factor authentication: the company’s services, each with its switch (R20)' })
export class StepUpSettingsView {
  @Field(() => [StepUpServiceSetting])
  services: StepUpServiceSetting[];
}

@InputType()
export class UpdateStepUpSettingsInput {
  @Field(() => [Service], { description: 'Services whose management menus need additional authentication; others do not' })
  @ArrayMaxSize(50)
  protectedServices: Service[];
}

@ObjectType({ description: 'A place the admin can receive a code, shown masked' })
export class StepUpChannelOption {
  @Field(() => StepUpChannel)
  kind: StepUpChannel;

  @Field({ description: 'e.g. k***@e****.com or +82-10-****-5678' })
  maskedDestination: string;
}

@ObjectType({ description: 'What the SPA needs to decide whether to show the Additional authentication page' })
export class StepUpStatus {
  @Field(() => [Service], { description: 'Services of the company whose management menus need a step-up' })
  protectedServices: Service[];

  @Field({ description: 'Step-up applies to this caller: an admin session of a company that protects at least one service' })
  applies: boolean;

  @Field({ description: 'The session holds a valid step-up now' })
  verified: boolean;

  @Field(() => Date, { nullable: true, description: 'When the current step-up ends (30 minutes after verification)' })
  validUntil: Date | null;

  @Field(() => [StepUpChannelOption], { description: 'Where a code can be sent; empty for API tokens' })
  channels: StepUpChannelOption[];
}

@ObjectType()
export class StepUpCodeSent {
  @Field(() => StepUpChannel)
  channel: StepUpChannel;

  @Field()
  maskedDestination: string;

  @Field({ description: 'The code stops working at this time (10 minutes after sending)' })
  expiresAt: Date;
}

@ObjectType()
export class StepUpVerified {
  @Field({ description: 'Protected menus open without another code until this time' })
  validUntil: Date;
}
