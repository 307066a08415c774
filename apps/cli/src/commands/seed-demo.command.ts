import { TenantContext } from '@thidua/server/core';
import { UsersService } from '@thidua/server/identity';
import { TenantsService } from '@thidua/server/tenancy';
import { demoSignIns, DEMO_OPERATOR, DEMO_PASSWORD, DEMO_ROLE_USERS, DEMO_TENANTS } from '../demo/demo-data';
import { print, withApp } from './context';

/** Creates the demo tenants and one user per role. Running it again changes nothing. */
export function seedDemo(): Promise<void> {
  return withApp(async (app) => {
    const tenants = app.get(TenantsService);
    const users = app.get(UsersService);
    await app.get(TenantContext).runAsSystem('seed:demo', async () => {
      let created = 0;
      if (!(await users.findByEmail(DEMO_OPERATOR.email))) {
        await users.create({
          tenantId: null,
          ...DEMO_OPERATOR,
          password: DEMO_PASSWORD,
          isPlatformOperator: true,
        });
        created++;
      }
      for (const { tenant: spec, mailDomain } of DEMO_TENANTS) {
        const tenant = (await tenants.findByCode(spec.code)) ?? (await tenants.create(spec));
        for (const demo of DEMO_ROLE_USERS) {
          const email = `${demo.localPart}@${mailDomain}`;
          if (await users.findByEmail(email)) continue;
          const user = await users.create({
            tenantId: tenant.id,
            email,
            displayName: demo.displayName,
            password: DEMO_PASSWORD,
          });
          await users.assignRole(tenant.id, user.id, demo.role);
          created++;
        }
      }
      print(created ? `Demo data: created ${created} user(s).` : 'Demo data already present.');
    });
  });
}

export function printDemoAccounts(): void {
  for (const account of demoSignIns()) {
    print(`    ${account.login.padEnd(30)} ${account.role.padEnd(18)} ${account.tenant}`);
  }
  print(`    Password for every demo account: ${DEMO_PASSWORD}`);
}
