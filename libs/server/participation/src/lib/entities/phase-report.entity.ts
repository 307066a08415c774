import type { IndicatorValue, RegistrationStatus } from '@thidua/shared/contracts';
import { Column, Entity } from 'typeorm';
import { ParticipationRow } from './participation-row';

/** A unit's report for one phase of a plan (sơ kết / tổng kết). */
@Entity('phase_report')
export class PhaseReportEntity extends ParticipationRow<RegistrationStatus> {
  @Column({ name: 'phase_id', type: 'char', length: 36 })
  phaseId!: string;

  @Column({ name: 'phase_name', type: 'varchar', length: 120 })
  phaseName!: string;

  /** Whether it was submitted by the phase's due date; null until submitted. */
  @Column({ name: 'on_time', type: 'boolean', nullable: true })
  onTime!: boolean | null;

  @Column({ type: 'mediumtext' })
  narrative!: string;

  @Column({ type: 'json' })
  indicators!: IndicatorValue[];

  @Column({ name: 'evidence_count', type: 'int', default: 0 })
  evidenceCount!: number;
}
