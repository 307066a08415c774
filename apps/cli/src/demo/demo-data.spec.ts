import { ROLE_KEYS } from '@thidua/shared/permissions';
import { demoSignIns, DEMO_TENANTS } from './demo-data';

describe('demo accounts', () => {
  const accounts = demoSignIns();

  it('has one account per tenant role in each demo tenant, two unit officers, and the platform operator', () => {
    const tenantRoles = [...ROLE_KEYS.filter((r) => r !== 'platform_operator'), 'unit_officer'];
    expect(accounts).toHaveLength(1 + DEMO_TENANTS.length * tenantRoles.length);
    for (const { tenant } of DEMO_TENANTS) {
      expect(
        accounts
          .filter((a) => a.tenant === tenant.name)
          .map((a) => a.role)
          .sort(),
      ).toEqual([...tenantRoles].sort());
    }
    expect(accounts.filter((a) => a.role === 'platform_operator')).toHaveLength(1);
  });

  it('never uses one sign-in twice', () => {
    expect(new Set(accounts.map((a) => a.login)).size).toBe(accounts.length);
  });
});
