import type { RegistrationContent, RegistrationStatus } from '@thidua/shared/contracts';
import { Column, Entity } from 'typeorm';
import { ParticipationRow } from './participation-row';

/** A unit's registration for a plan (đăng ký thi đua): movements, targets, aimed titles. */
@Entity('registration')
export class RegistrationEntity extends ParticipationRow<RegistrationStatus> {
  @Column({ type: 'boolean', default: false })
  late!: boolean;

  @Column({ type: 'json' })
  content!: RegistrationContent;

  @Column({ name: 'target_count', type: 'int', default: 0 })
  targetCount!: number;
}
