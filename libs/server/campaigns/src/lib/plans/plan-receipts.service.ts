import { Transactional } from '@nestjs-cls/transactional';
import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import {
  ApiException,
  AuditService,
  InjectTenantRepository,
  NotFoundApiException,
  ORG_SUBTREE_MOVED,
  type OrgSubtreeMovedEvent,
  TenantContext,
  TenantRepository,
} from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { AcknowledgePlanResponse } from '@thidua/shared/contracts';
import { PlanReceiptEntity } from '../entities/plan-receipt.entity';
import { PlanEntity } from '../entities/plan.entity';
import { assertCan } from './plan-access';
import { PlanReader } from './plan-reader.service';

/** Recipient units acknowledge a plan; the unit paths kept for scoping follow the org tree. */
@Injectable()
export class PlanReceipts {
  constructor(
    @InjectTenantRepository(PlanEntity) private readonly plans: TenantRepository<PlanEntity>,
    @InjectTenantRepository(PlanReceiptEntity) private readonly receipts: TenantRepository<PlanReceiptEntity>,
    private readonly reader: PlanReader,
    private readonly audit: AuditService,
    private readonly context: TenantContext,
  ) {}

  /** Idempotent: acknowledging twice keeps the first time and person. */
  @Transactional()
  async acknowledge(planId: string, unitId: string, principal: Principal): Promise<AcknowledgePlanResponse> {
    const plan = await this.reader.visible(planId, principal);
    const receipt = await this.receipts.findOneBy({ planId: plan.id, unitId });
    if (!receipt) throw new NotFoundApiException();
    assertCan(principal, 'update', 'PlanReceipt', receipt.unitPath);
    if (!receipt.sentAt) throw new ApiException(409, 'plan_not_issued');
    if (receipt.acknowledgedAt) return { acknowledgedAt: new Date(receipt.acknowledgedAt).toISOString() };
    const now = new Date();
    await this.receipts.update(
      { planId: plan.id, unitId },
      { acknowledgedAt: now, acknowledgedBy: principal.userId },
    );
    await this.plans.updateQuery((qb) =>
      qb.set({ acknowledgedCount: () => 'acknowledged_count + 1' }).where('id = :id', { id: plan.id }),
    );
    await this.audit.record({
      action: 'plan.acknowledged',
      subject: 'PlanReceipt',
      subjectId: plan.id,
      after: { planId: plan.id, unitId, unitName: receipt.unitName },
    });
    return { acknowledgedAt: now.toISOString() };
  }

  @OnEvent(ORG_SUBTREE_MOVED, { promisify: true, suppressErrors: false })
  async onSubtreeMoved(event: OrgSubtreeMovedEvent): Promise<void> {
    await this.context.runInTenant(event.tenantId, async () => {
      const rewrite = (column: string) => ({
        [column === 'unit_path' ? 'unitPath' : 'issuerPath']: () =>
          `CONCAT(:newPath, SUBSTRING(${column}, :cut))`,
      });
      const params = {
        newPath: event.newPath,
        cut: event.oldPath.length + 1,
        oldPrefix: `${event.oldPath}%`,
      };
      await this.receipts.updateQuery((qb) =>
        qb.set(rewrite('unit_path')).where('unit_path LIKE :oldPrefix').setParameters(params),
      );
      await this.plans.updateQuery((qb) =>
        qb.set(rewrite('issuer_path')).where('issuer_path LIKE :oldPrefix').setParameters(params),
      );
    });
  }
}
