import type { CriterionScore, ScorecardStatus } from '@thidua/shared/contracts';
import { Column, Entity } from 'typeorm';
import { ParticipationRow } from './participation-row';

/** Bonus points (điểm thưởng) given by the unit and by the level above. */
export interface BonusScore {
  self: number | null;
  selfNote: string | null;
  review: number | null;
  reviewNote: string | null;
}

/**
 * A unit's scorecard for a plan (phiếu chấm điểm). The decision columns of the shared row hold
 * the last finalise / return / reopen: its comment, when and by whom.
 */
@Entity('scorecard')
export class ScorecardEntity extends ParticipationRow<ScorecardStatus> {
  @Column({ name: 'criteria_set_id', type: 'char', length: 36 })
  criteriaSetId!: string;

  @Column({ type: 'json' })
  items!: CriterionScore[];

  @Column({ type: 'json' })
  bonus!: BonusScore;

  @Column({ name: 'self_total', type: 'decimal', precision: 8, scale: 2, default: 0 })
  selfTotal!: string;

  @Column({ name: 'review_total', type: 'decimal', precision: 8, scale: 2, nullable: true })
  reviewTotal!: string | null;

  @Column({ name: 'final_total', type: 'decimal', precision: 8, scale: 2, nullable: true })
  finalTotal!: string | null;

  /** Index of the band reached in the set; null when none (or not final yet). */
  @Column({ name: 'final_band', type: 'smallint', nullable: true })
  finalBand!: number | null;

  @Column({ name: 'evidence_count', type: 'int', default: 0 })
  evidenceCount!: number;
}
