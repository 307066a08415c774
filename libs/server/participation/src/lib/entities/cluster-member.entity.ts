import type { ClusterKind } from '@thidua/shared/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A unit in a cluster. Plan and kind are repeated here so the database itself keeps a unit in at
 * most one cluster and one bloc of a plan.
 */
@Entity('cluster_member')
export class ClusterMemberEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'char', length: 36 })
  tenantId!: string;

  @PrimaryColumn({ name: 'cluster_id', type: 'char', length: 36 })
  clusterId!: string;

  @PrimaryColumn({ name: 'unit_id', type: 'char', length: 36 })
  unitId!: string;

  @Column({ name: 'plan_id', type: 'char', length: 36 })
  planId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: ClusterKind;

  @Column({ name: 'unit_code', type: 'varchar', length: 40 })
  unitCode!: string;

  @Column({ name: 'unit_name', type: 'varchar', length: 255 })
  unitName!: string;
}
