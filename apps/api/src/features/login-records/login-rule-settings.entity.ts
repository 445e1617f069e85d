import { Max, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TIMESTAMP, booleanColumn } from '../../core/database/columns';

/** Defaults every company starts with; a company changes them with `updateLoginRuleSettings`. */
export const DEFAULT_LOGIN_RULE_SETTINGS = {
  failureBurstEnabled: true,
  failureBurstCount: 5,
  failureBurstWindowMinutes: 10,
  newCountryEnabled: true,
  newCountryLookback: 20,
  impossibleTravelEnabled: true,
  impossibleTravelKmh: 900,
} as const;

/** Per-company thresholds of the suspicious-login rules (R14). */
@ObjectType({ description: 'Thresholds of the suspicious-login rules' })
@Entity({ name: 'login_rule_settings' })
export class LoginRuleSettings {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  companyId: string;

  @Field()
  @Column({ type: 'boolean', transformer: booleanColumn })
  failureBurstEnabled: boolean;

  @Field(() => Int, { description: 'Failures that, followed by a success, flag the success' })
  @Column({ type: 'int' })
  failureBurstCount: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  failureBurstWindowMinutes: number;

  @Field()
  @Column({ type: 'boolean', transformer: booleanColumn })
  newCountryEnabled: boolean;

  @Field(() => Int, { description: 'How many earlier logins a new country is compared with' })
  @Column({ type: 'int' })
  newCountryLookback: number;

  @Field()
  @Column({ type: 'boolean', transformer: booleanColumn })
  impossibleTravelEnabled: boolean;

  @Field(() => Int, { description: 'Speed between two logins above which travel is impossible' })
  @Column({ type: 'int' })
  impossibleTravelKmh: number;

  @Column(TIMESTAMP)
  updatedAt: Date;
}

@InputType()
export class LoginRuleSettingsInput {
  @Field({ nullable: true }) failureBurstEnabled?: boolean;
  @Field(() => Int, { nullable: true }) @Min(2) @Max(20) failureBurstCount?: number;
  @Field(() => Int, { nullable: true }) @Min(1) @Max(1440) failureBurstWindowMinutes?: number;
  @Field({ nullable: true }) newCountryEnabled?: boolean;
  @Field(() => Int, { nullable: true }) @Min(3) @Max(20) newCountryLookback?: number;
  @Field({ nullable: true }) impossibleTravelEnabled?: boolean;
  @Field(() => Int, { nullable: true }) @Min(100) @Max(5000) impossibleTravelKmh?: number;
}
