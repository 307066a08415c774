import type { ScoreEventDto, ScoreEventKind } from '@thidua/shared/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One change of a scorecard (points, submission, decision): the scorecard's history, never edited. */
@Entity('score_event')
export class ScoreEventEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ name: 'scorecard_id', type: 'char', length: 36 })
  scorecardId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: ScoreEventKind;

  @Column({ type: 'json' })
  changes!: ScoreEventDto['changes'];

  @Column({ type: 'decimal', precision: 8, scale: 2, nullable: true })
  total!: string | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'actor_id', type: 'char', length: 36, nullable: true })
  actorId!: string | null;

  @Column({ type: 'datetime', precision: 3 })
  at!: Date;
}
