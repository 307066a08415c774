import { PlanListItemDto } from '@thidua/shared/contracts';

/** The superior body of a federation's own plans. */
export const NATIONAL_FEDERATION = 'Tổng Liên đoàn Lao động Việt Nam';

/**
 * The two bodies of the document header: the issuing unit and the one above it. The federation's
 * plans sit under the Tổng Liên đoàn; a plan a lower unit built from a received plan sits under the
 * federation (the tenant).
 */
export function headerNames(
  plan: Pick<PlanListItemDto, 'issuer' | 'parentPlanId'> | null,
  tenantName: string | null,
): { issuer: string | null; superior: string } {
  const issuer = plan?.issuer.name ?? tenantName;
  const lower = !!plan?.parentPlanId && !!tenantName && plan.issuer.name !== tenantName;
  return { issuer, superior: lower && tenantName ? tenantName : NATIONAL_FEDERATION };
}
