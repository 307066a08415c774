import type { ClusterCovenant, ClusterKind } from '@thidua/shared/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A cluster (cụm) or bloc (khối) of units competing with each other within a plan. */
@Entity('cluster')
export class ClusterEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ name: 'plan_id', type: 'char', length: 36 })
  planId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'search_key', type: 'varchar', length: 200 })
  searchKey!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: ClusterKind;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'head_unit_id', type: 'char', length: 36, nullable: true })
  headUnitId!: string | null;

  @Column({ type: 'json', nullable: true })
  covenant!: ClusterCovenant | null;

  @Column({ name: 'leader_unit_id', type: 'char', length: 36, nullable: true })
  leaderUnitId!: string | null;

  @Column({ name: 'leader_note', type: 'text', nullable: true })
  leaderNote!: string | null;

  @Column({ name: 'leader_selected_at', type: 'datetime', precision: 3, nullable: true })
  leaderSelectedAt!: Date | null;

  @Column({ name: 'leader_selected_by', type: 'char', length: 36, nullable: true })
  leaderSelectedBy!: string | null;

  @Column({ name: 'member_count', type: 'int', default: 0 })
  memberCount!: number;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
