import { INestApplication } from '@nestjs/common';
import { AuditEntryEntity } from '@thidua/server/core';
import { RoleEntity } from '@thidua/server/identity';
import { RoleDto } from '@thidua/shared/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { seedTenant, signIn, startApi } from './api-harness';

describe('roles as data', () => {
  let api: INestApplication;
  let http: ReturnType<typeof request>;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    api = await startApi();
    http = request(api.getHttpServer());
  });
  afterAll(() => api?.close());

  async function tenantWith() {
    const { tenant, logins } = await seedTenant(api, ['tenant_admin', 'emulation_officer', 'viewer']);
    return {
      tenant,
      admin: await signIn(api, logins['tenant_admin']),
      officer: await signIn(api, logins['emulation_officer']),
      viewer: await signIn(api, logins['viewer']),
    };
  }

  it("lists the tenant's roles in the language asked for, never the platform's", async () => {
    const { admin } = await tenantWith();
    const vi = (await http.get('/api/roles').set(as(admin)).expect(200)).body as RoleDto[];
    expect(vi.map((r) => r.key)).toEqual([
      'tenant_admin',
      'federation_leader',
      'emulation_officer',
      'unit_officer',
      'council_member',
      'viewer',
    ]);
    expect(vi[2]).toMatchObject({ name: 'Cán bộ thi đua', scope: 'tenant', customized: false });
    const en = (
      await http.get('/api/roles').set(as(admin)).set('Accept-Language', 'en-GB,en;q=0.9').expect(200)
    ).body as RoleDto[];
    expect(en[2].name).toBe('Emulation officer');
  });

  it('applies a narrowed role to its tenant only, at once, until it is reset', async () => {
    const a = await tenantWith();
    const b = await tenantWith();
    await http.get('/api/users').set(as(a.officer)).expect(200);

    const narrowed = await http
      .put('/api/roles/emulation_officer')
      .set(as(a.admin))
      .send({ rules: [{ action: 'read', subject: ['OrgUnit', 'OrgUnitType'] }] })
      .expect(200);
    expect(narrowed.body).toMatchObject({
      customized: true,
      rules: [{ action: 'read', subject: ['OrgUnit', 'OrgUnitType'] }],
    });

    await http.get('/api/users').set(as(a.officer)).expect(403);
    await http.get('/api/users').set(as(b.officer)).expect(200);
    const listed = (await http.get('/api/roles').set(as(b.admin)).expect(200)).body as RoleDto[];
    expect(listed.every((r) => !r.customized)).toBe(true);

    const me = await http.get('/api/auth/me').set(as(a.officer)).expect(200);
    expect(JSON.stringify(me.body.rules)).not.toContain('User');

    await http.delete('/api/roles/emulation_officer').set(as(a.admin)).expect(200);
    await http.get('/api/users').set(as(a.officer)).expect(200);
  });

  it('refuses to widen a role, to name platform rights or to lock administrators out, and changes nothing', async () => {
    const { tenant, admin } = await tenantWith();
    const put = (key: string, rules: object[], expected: number) =>
      http.put(`/api/roles/${key}`).set(as(admin)).send({ rules }).expect(expected);

    const widened = await put('emulation_officer', [{ action: 'update', subject: 'User' }], 400);
    expect(widened.body).toMatchObject({
      error: 'role_rule_widens',
      message:
        'Quy tắc thứ 1 cho phép «update» trên «User», rộng hơn quyền mặc định của vai trò «Cán bộ thi đua». LĐLĐ chỉ được thu hẹp, không được mở rộng quyền.',
    });
    const dropped = await put('unit_officer', [{ action: 'read', subject: 'OrgUnit' }], 400);
    expect(dropped.body.error).toBe('role_rule_widens');
    const platform = await put('tenant_admin', [{ action: 'manage', subject: 'Tenant' }], 400);
    expect(platform.body.error).toBe('role_rule_platform');
    await put('viewer', [{ action: 'impersonate', subject: 'Tenant' }], 400);
    await put('platform_operator', [], 400);
    await put('superuser', [], 404);
    await put('viewer', [{ action: 'read', subject: 'OrgUnit', condition: '$where' }], 400);
    await put('viewer', [{ action: 'read', subject: 'OrgUnit', extra: 1 }], 400);
    const lockout = await put('tenant_admin', [{ action: 'manage', subject: 'User' }], 400);
    expect(lockout.body.error).toBe('role_lockout');

    const roles = (await http.get('/api/roles').set(as(admin)).expect(200)).body as RoleDto[];
    expect(roles.every((r) => !r.customized)).toBe(true);
    const db = api.get(DataSource);
    expect(await db.getRepository(RoleEntity).countBy({ tenantId: tenant.id })).toBe(0);
    expect(await db.getRepository(AuditEntryEntity).countBy({ tenantId: tenant.id, subject: 'Role' })).toBe(
      0,
    );
  });

  it('lets only those allowed read and change roles', async () => {
    const { viewer, officer } = await tenantWith();
    await http.get('/api/roles').set(as(viewer)).expect(403);
    await http.put('/api/roles/viewer').set(as(officer)).send({ rules: [] }).expect(403);
  });
});
