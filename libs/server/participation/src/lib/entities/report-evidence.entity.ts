import { Column, Entity } from 'typeorm';
import { EvidenceRow } from './evidence-row';

/** A file attached to a phase report as evidence. */
@Entity('report_evidence')
export class ReportEvidenceEntity extends EvidenceRow {
  @Column({ name: 'report_id', type: 'char', length: 36 })
  reportId!: string;
}
