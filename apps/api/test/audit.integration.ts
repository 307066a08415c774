import { INestApplication } from '@nestjs/common';
import { AuditEntryEntity } from '@thidua/server/core';
import { UserEntity } from '@thidua/server/identity';
import { AuditEntryDto, Page } from '@thidua/shared/contracts';
import request from 'supertest';
import { DataSource, IsNull } from 'typeorm';
import { seedOperator, seedTenant, signIn, startApi } from './api-harness';

describe('audit log', () => {
  let api: INestApplication;
  let http: ReturnType<typeof request>;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    api = await startApi();
    http = request(api.getHttpServer());
  });
  afterAll(() => api?.close());

  it('records tenant creation, changes and status as platform entries, with actor and request id', async () => {
    const email = await seedOperator(api);
    const operator = await signIn(api, email);
    const operatorId = (await api.get(DataSource).getRepository(UserEntity).findOneByOrFail({ email })).id;
    const created = await http
      .post('/api/tenants')
      .set(as(operator))
      .set('X-Request-Id', 'audit-test-000001')
      .send({
        code: `nk-${Date.now().toString(36)}`,
        name: 'Liên đoàn Lao động tỉnh Nhật Ký',
        issuerCode: 'LĐ',
        headerSuperior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
        headerIssuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH NHẬT KÝ',
        placeName: 'Nhật Ký',
      })
      .expect(201);
    const id = created.body.id as string;
    await http.patch(`/api/tenants/${id}`).set(as(operator)).send({ placeName: 'Nhật Ký Mới' }).expect(200);
    await http.post(`/api/tenants/${id}/status`).set(as(operator)).send({ status: 'suspended' }).expect(201);

    const entries = await api
      .get(DataSource)
      .getRepository(AuditEntryEntity)
      .find({
        where: { subject: 'Tenant', subjectId: id, tenantId: IsNull() },
        order: { at: 'ASC', id: 'ASC' },
      });
    expect(entries.map((e) => e.action)).toEqual([
      'tenant.created',
      'tenant.updated',
      'tenant.status_changed',
    ]);
    expect(entries.every((e) => e.actorId === operatorId)).toBe(true);
    expect(entries[0].requestId).toBe('audit-test-000001');
    expect(entries[1]).toMatchObject({
      before: { placeName: 'Nhật Ký' },
      after: { placeName: 'Nhật Ký Mới' },
    });
    expect(entries[2]).toMatchObject({ before: { status: 'active' }, after: { status: 'suspended' } });
  });

  it("lists a tenant's entries newest first, filtered by subject, record and actor; other tenants see none", async () => {
    const a = await seedTenant(api, ['tenant_admin', 'viewer']);
    const b = await seedTenant(api, ['tenant_admin']);
    const adminA = await signIn(api, a.logins['tenant_admin']);
    const adminB = await signIn(api, b.logins['tenant_admin']);
    const users = api.get(DataSource).getRepository(UserEntity);
    const viewer = await users.findOneByOrFail({ email: a.logins['viewer'] });
    const adminId = (await users.findOneByOrFail({ email: a.logins['tenant_admin'] })).id;

    await http.post(`/api/users/${viewer.id}/disable`).set(as(adminA)).expect(200);
    await http.post(`/api/users/${viewer.id}/enable`).set(as(adminA)).expect(200);
    await http
      .put('/api/roles/viewer')
      .set(as(adminA))
      .send({ rules: [{ action: 'read', subject: 'OrgUnitType' }] })
      .expect(200);

    const list = (token: string, query = '') =>
      http
        .get(`/api/audit?${query}`)
        .set(as(token))
        .expect(200)
        .then((r) => r.body as Page<AuditEntryDto>);
    const all = await list(adminA);
    expect(all.items.map((e) => e.action)).toEqual(['role.updated', 'user.enabled', 'user.disabled']);
    expect(all.items[2]).toMatchObject({
      actorId: adminId,
      actorName: 'Người dùng tenant_admin',
      impersonatorName: null,
      subject: 'User',
      subjectId: viewer.id,
      before: { status: 'active' },
      after: { status: 'disabled' },
    });
    expect((await list(adminA, `subject=User&subjectId=${viewer.id}`)).items.map((e) => e.action)).toEqual([
      'user.enabled',
      'user.disabled',
    ]);
    expect((await list(adminA, `actorId=${adminId}&pageSize=1`)).total).toBe(3);
    expect((await list(adminA, 'actorId=01900000-0000-7000-8000-000000000000')).total).toBe(0);
    expect((await list(adminB)).total).toBe(0);
  });

  it('is for administrators only', async () => {
    const { logins } = await seedTenant(api, ['viewer', 'emulation_officer']);
    await http
      .get('/api/audit')
      .set(as(await signIn(api, logins['viewer'])))
      .expect(403);
    await http
      .get('/api/audit')
      .set(as(await signIn(api, logins['emulation_officer'])))
      .expect(403);
  });
});
