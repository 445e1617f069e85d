import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Language, Service } from '@warden/shared';
import { TIMESTAMP, booleanColumn } from '../../core/database/columns';
import '../../core/graphql/enums';

/** A tenant. Its id appears in file names (`works-10342_202611251030.zip`), so it is file-name safe. */
@ObjectType({ description: 'The caller’s company (tenant)' })
@Entity({ name: 'companies' })
export class Company {
  @Field(() => ID, { description: 'Stable company id, e.g. works-10342' })
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => Language, { description: 'Language of every label, exported header and e-mail' })
  @Column({ type: 'varchar', length: 5 })
  language: Language;

  @Field({ description: 'IANA time zone used for every date shown or put in a file name, e.g. Asia/Seoul' })
  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  @Field(() => [Service])
  @Column({ type: 'simple-json' })
  subscribedServices: Service[];

  @Field({ description: 'R0: the Security features exist only after the company obtained WORKS Approval' })
  @Column({ type: 'boolean', default: false, transformer: booleanColumn })
  securityFeaturesEnabled: boolean;

  @Column(TIMESTAMP)
  createdAt: Date;
}
