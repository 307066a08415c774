import { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AuditEntryEntity } from '@thidua/server/core';
import { UserEntity } from '@thidua/server/identity';
import { AuditEntryDto, Page } from '@thidua/shared/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { seedOperator, seedTenant, signIn, startApi } from './api-harness';

describe('impersonation by a platform operator', () => {
  let api: INestApplication;
  let http: ReturnType<typeof request>;
  let operator: string;
  let operatorId: string;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    api = await startApi();
    http = request(api.getHttpServer());
    const email = await seedOperator(api);
    operator = await signIn(api, email);
    operatorId = (await api.get(DataSource).getRepository(UserEntity).findOneByOrFail({ email })).id;
  });
  afterAll(() => api?.close());

  it('acts inside the tenant as its administrator for 15 minutes, every change audited with the operator', async () => {
    const { tenant, logins } = await seedTenant(api, ['tenant_admin', 'viewer']);
    const started = await http.post(`/api/tenants/${tenant.id}/impersonate`).set(as(operator)).expect(200);
    expect(started.body).toMatchObject({
      expiresIn: 900,
      user: { id: operatorId, tenantId: tenant.id, tenantName: tenant.name, roles: ['tenant_admin'] },
    });
    expect(started.headers['set-cookie']).toBeUndefined();
    const token = started.body.accessToken as string;
    expect(api.get(JwtService).decode(token)).toMatchObject({
      sub: operatorId,
      tid: tenant.id,
      imp: operatorId,
    });

    const users = await http.get('/api/users').set(as(token)).expect(200);
    const viewer = users.body.items.find((u: { email: string }) => u.email === logins['viewer']);
    await http.post(`/api/users/${viewer.id}/disable`).set(as(token)).expect(200);
    await http.get('/api/tenants').set(as(token)).expect(403);
    const me = await http.get('/api/auth/me').set(as(token)).expect(200);
    expect(me.body.user).toMatchObject({ tenantId: tenant.id, tenantName: tenant.name });

    const admin = await signIn(api, logins['tenant_admin']);
    const log = (await http.get('/api/audit').set(as(admin)).expect(200)).body as Page<AuditEntryDto>;
    const disabled = log.items.find((e) => e.action === 'user.disabled');
    expect(disabled).toMatchObject({
      actorId: operatorId,
      actorName: 'Vận hành',
      impersonatorName: 'Vận hành',
      subjectId: viewer.id,
    });
    const start = log.items.find((e) => e.action === 'tenant.impersonation_started');
    expect(start).toMatchObject({
      actorId: operatorId,
      impersonatorName: 'Vận hành',
      subject: 'Tenant',
      subjectId: tenant.id,
    });
    expect(log.items.indexOf(start as AuditEntryDto)).toBeGreaterThan(
      log.items.indexOf(disabled as AuditEntryDto),
    );
  });

  it('is for platform operators only, into an existing, active tenant', async () => {
    const { tenant, logins } = await seedTenant(api, ['tenant_admin']);
    const admin = await signIn(api, logins['tenant_admin']);
    await http.post(`/api/tenants/${tenant.id}/impersonate`).set(as(admin)).expect(403);
    await http
      .post('/api/tenants/01900000-0000-7000-8000-000000000000/impersonate')
      .set(as(operator))
      .expect(404);

    const inside = (await http.post(`/api/tenants/${tenant.id}/impersonate`).set(as(operator)).expect(200))
      .body;
    await http.post(`/api/tenants/${tenant.id}/impersonate`).set(as(inside.accessToken)).expect(403);

    await http
      .post(`/api/tenants/${tenant.id}/status`)
      .set(as(operator))
      .send({ status: 'suspended' })
      .expect(201);
    const suspended = await http.post(`/api/tenants/${tenant.id}/impersonate`).set(as(operator)).expect(403);
    expect(suspended.body.error).toBe('tenant_suspended');
    await http.get('/api/users').set(as(inside.accessToken)).expect(403);
    expect(
      await api
        .get(DataSource)
        .getRepository(AuditEntryEntity)
        .countBy({ tenantId: tenant.id, action: 'tenant.impersonation_started' }),
    ).toBe(1);
  });

  it('takes the tenant from the verified token only', async () => {
    const a = await seedTenant(api, ['tenant_admin', 'viewer']);
    const b = await seedTenant(api, ['viewer']);
    const token = (await http.post(`/api/tenants/${a.tenant.id}/impersonate`).set(as(operator)).expect(200))
      .body.accessToken;
    const forged = new JwtService({ secret: 'x'.repeat(40) }).sign({
      sub: operatorId,
      tid: b.tenant.id,
      sv: 1,
      imp: operatorId,
    });
    await http.get('/api/users').set(as(forged)).expect(401);
    const listed = await http.get('/api/users').set(as(token)).set('X-Tenant-Id', b.tenant.id).expect(200);
    expect(listed.body.items.map((u: { email: string }) => u.email)).not.toContain(b.logins['viewer']);
    expect(listed.body.items.map((u: { email: string }) => u.email)).toContain(a.logins['viewer']);
  });
});
