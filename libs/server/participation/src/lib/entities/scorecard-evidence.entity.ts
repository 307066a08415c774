import { Column, Entity } from 'typeorm';
import { EvidenceRow } from './evidence-row';

/** A file supporting a scorecard: one criterion's points, or the scorecard as a whole. */
@Entity('scorecard_evidence')
export class ScorecardEvidenceEntity extends EvidenceRow {
  @Column({ name: 'scorecard_id', type: 'char', length: 36 })
  scorecardId!: string;

  @Column({ name: 'criterion_code', type: 'varchar', length: 20, nullable: true })
  criterionCode!: string | null;
}
