import { INestApplicationContext } from '@nestjs/common';
import { TenantContext } from '@thidua/server/core';
import { UsersService } from '@thidua/server/identity';
import { CriteriaSetsService } from '@thidua/server/participation';
import { OrgTreeService, OrgTypesService, OrgUnitsService } from '@thidua/server/org';
import { TenantEntity, TenantsService } from '@thidua/server/tenancy';
import { demoSignIns, DEMO_OPERATOR, DEMO_PASSWORD, DEMO_ROLE_USERS, DEMO_TENANTS } from '../demo/demo-data';
import { DEMO_CRITERIA_SET } from '../demo/demo-criteria';
import { demoOrgTree } from '../demo/demo-org';
import { actingPrincipal } from './acting-principal';
import { print, withApp } from './context';

/** The demo tree takes effect on the day the 2025 reform's structure did. */
const REFORM_DATE = '2025-07-01';

/** Creates the tenant's demo organisation tree when it has none; returns unit ids by code. */
async function seedOrgTree(app: INestApplicationContext, tenant: TenantEntity): Promise<Map<string, string>> {
  await app.get(OrgTypesService).ensureDefaults();
  const ids = new Map<string, string>();
  const roots = await app.get(OrgTreeService).list({ pageSize: 1 }, { kind: 'all' });
  const plan = demoOrgTree(tenant.code, tenant.placeName);
  if (roots.total > 0) {
    print(`  ${tenant.name}: organisation tree already present.`);
  } else {
    const types = await app.get(OrgTypesService).byCode();
    const units = app.get(OrgUnitsService);
    for (const unit of plan) {
      const created = await units.create({
        code: unit.code,
        name: unit.name,
        typeId: types.get(unit.typeCode)?.id ?? '',
        parentId: unit.parentCode ? (ids.get(unit.parentCode) ?? null) : null,
        memberCount: unit.memberCount || undefined,
        effectiveDate: REFORM_DATE,
        reason: 'Dữ liệu mẫu: cơ cấu tổ chức sau sắp xếp năm 2025',
      });
      ids.set(unit.code, created.id);
    }
    print(`  ${tenant.name}: created ${plan.length} units.`);
  }
  if (ids.size === 0) {
    for (const code of DEMO_ROLE_USERS.flatMap((u) => (u.unitCode ? [u.unitCode] : []))) {
      const match = await app.get(OrgTreeService).list({ q: code, pageSize: 5 }, { kind: 'all' });
      const unit = match.items.find((u) => u.code === code);
      if (unit) ids.set(code, unit.id);
    }
  }
  return ids;
}

/** Publishes the sample criteria set once, so plans can score with it at once. */
async function seedCriteriaSet(app: INestApplicationContext, tenant: TenantEntity): Promise<void> {
  const sets = app.get(CriteriaSetsService);
  const found = await sets.list({ q: DEMO_CRITERIA_SET.name, pageSize: 1 });
  if (found.total > 0) return;
  const officer = actingPrincipal('emulation_officer', tenant.id, '/');
  const draft = await sets.create(DEMO_CRITERIA_SET as never, officer);
  await sets.publish(draft.id, officer);
  print(`  ${tenant.name}: published the sample criteria set.`);
}

/** Creates the demo tenants, their organisation trees and one user per role. Running it again changes nothing. */
export function seedDemo(): Promise<void> {
  return withApp(async (app) => {
    const tenants = app.get(TenantsService);
    const users = app.get(UsersService);
    const context = app.get(TenantContext);
    let created = 0;
    await context.runAsSystem('seed:demo', async () => {
      if (!(await users.findByEmail(DEMO_OPERATOR.email))) {
        await users.create({
          tenantId: null,
          ...DEMO_OPERATOR,
          password: DEMO_PASSWORD,
          isPlatformOperator: true,
        });
        created++;
      }
    });
    for (const { tenant: spec, mailDomain } of DEMO_TENANTS) {
      const tenant = await context.runAsSystem(
        'seed:demo',
        async () => (await tenants.findByCode(spec.code)) ?? tenants.create(spec),
      );
      await context.runInTenant(tenant.id, async () => {
        const unitIds = await seedOrgTree(app, tenant);
        await seedCriteriaSet(app, tenant);
        for (const demo of DEMO_ROLE_USERS) {
          const email = `${demo.localPart}@${mailDomain}`;
          if (await context.runAsSystem('seed:demo', () => users.findByEmail(email))) continue;
          const user = await users.create({
            tenantId: tenant.id,
            email,
            displayName: demo.displayName,
            password: DEMO_PASSWORD,
          });
          await users.assignRole(
            tenant.id,
            user.id,
            demo.role,
            demo.unitCode ? (unitIds.get(demo.unitCode) ?? null) : null,
          );
          created++;
        }
      });
    }
    print(created ? `Demo data: created ${created} user(s).` : 'Demo users already present.');
  });
}

export function printDemoAccounts(): void {
  for (const account of demoSignIns()) {
    print(`    ${account.login.padEnd(30)} ${account.role.padEnd(18)} ${account.tenant}`);
  }
  print(`    Password for every demo account: ${DEMO_PASSWORD}`);
}
