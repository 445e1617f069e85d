import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Service } from '@warden/shared';
import { TIMESTAMP } from '../../core/database/columns';

/**
 * Which services' management menus need a step-up, per company (R20). No row means nothing is
 * protected: the default, so a company opts in.
 */
@Entity({ name: 'step_up_settings' })
export class StepUpSettings {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  companyId: string;

  @Column({ type: 'simple-json' })
  protectedServices: Service[];

  @Column(TIMESTAMP)
  updatedAt: Date;
}
