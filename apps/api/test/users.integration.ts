import { INestApplication } from '@nestjs/common';
import { TenantContext } from '@thidua/server/core';
import { RoleAssignmentEntity, UserEntity, UsersService } from '@thidua/server/identity';
import { OrgUnitTypeDto, Page, UserDto } from '@thidua/shared/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PASSWORD, seedTenant, signIn, startApi } from './api-harness';

let phones = 0;

describe('users of a tenant', () => {
  let api: INestApplication;
  let http: ReturnType<typeof request>;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    api = await startApi();
    http = request(api.getHttpServer());
  });
  afterAll(() => api?.close());

  /** A tenant with an admin, a viewer and an emulation officer, plus one invited user. */
  async function world() {
    const { tenant, logins } = await seedTenant(api, ['tenant_admin', 'viewer', 'emulation_officer']);
    const invited = await api.get(TenantContext).runInTenant(tenant.id, () =>
      api.get(UsersService).create({
        tenantId: tenant.id,
        displayName: 'Nguyễn Thị Hoa',
        email: `hoa.${tenant.code}@test.thidua.vn`,
        phone: `09${String(++phones).padStart(8, '0')}`,
      }),
    );
    const admin = await signIn(api, logins['tenant_admin']);
    const byEmail = async (email: string) =>
      (await api.get(DataSource).getRepository(UserEntity).findOneByOrFail({ email })).id;
    return { tenant, logins, admin, invited, byEmail };
  }

  const rootUnit = async (token: string, code: string): Promise<string> => {
    const types = (await http.get('/api/org/unit-types').set(as(token)).expect(200)).body as OrgUnitTypeDto[];
    const res = await http
      .post('/api/org/units')
      .set(as(token))
      .send({
        code,
        name: `LĐLĐ ${code}`,
        typeId: types.find((t) => t.code === 'province_federation')?.id,
        parentId: null,
      })
      .expect(201);
    return res.body.id as string;
  };

  it('lists users paginated in SQL, searching without diacritics and filtering by status and role', async () => {
    const { admin, invited } = await world();
    const list = (query: string) =>
      http
        .get(`/api/users?${query}`)
        .set(as(admin))
        .expect(200)
        .then((r) => r.body as Page<UserDto>);

    const page = await list('pageSize=2&page=2');
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(page.items).toHaveLength(2);
    expect((await list('q=nguyen thi')).items.map((u) => u.id)).toEqual([invited.id]);
    expect((await list(`q=${encodeURIComponent('NGUYỄN Thị')}`)).items.map((u) => u.id)).toEqual([
      invited.id,
    ]);
    expect((await list(`q=${encodeURIComponent('Người 100%')}`)).items).toEqual([]);
    expect((await list(`q=${invited.phone}`)).items.map((u) => u.id)).toEqual([invited.id]);
    expect((await list('status=invited')).items.map((u) => u.id)).toEqual([invited.id]);
    const viewers = await list('roleKey=viewer');
    expect(viewers.total).toBe(1);
    expect(viewers.items[0].roles).toEqual([expect.objectContaining({ roleKey: 'viewer', orgUnitId: null })]);
    const bad = await http.get('/api/users?pageSize=1000&status=gone').set(as(admin)).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['pageSize', 'status']);
  });

  it("never shows or changes another tenant's users: 404 for every route, and nothing changes", async () => {
    const a = await world();
    const b = await world();
    const victim = await a.byEmail(a.logins['viewer']);
    const [assignment] = await api
      .get(DataSource)
      .getRepository(RoleAssignmentEntity)
      .findBy({ userId: victim });
    const asB = as(b.admin);

    expect(
      (await http.get('/api/users?pageSize=100').set(asB).expect(200)).body.items.map((u: UserDto) => u.id),
    ).not.toContain(victim);
    await http.get(`/api/users/${victim}`).set(asB).expect(404);
    await http.post(`/api/users/${victim}/disable`).set(asB).expect(404);
    await http.post(`/api/users/${victim}/enable`).set(asB).expect(404);
    await http
      .post(`/api/users/${victim}/roles`)
      .set(asB)
      .send({ roleKey: 'tenant_admin', orgUnitId: null })
      .expect(404);
    await http.delete(`/api/users/${victim}/roles/${assignment.id}`).set(asB).expect(404);

    const after = await http.get(`/api/users/${victim}`).set(as(a.admin)).expect(200);
    expect(after.body).toMatchObject({ status: 'active', roles: [{ id: assignment.id, roleKey: 'viewer' }] });
    await signIn(api, a.logins['viewer']);
  });

  it('gives only tenant roles: the platform operator role and unknown roles are refused, and nothing changes', async () => {
    const { admin, logins, byEmail } = await world();
    const viewer = await byEmail(logins['viewer']);
    const platform = await http
      .post(`/api/users/${viewer}/roles`)
      .set(as(admin))
      .send({ roleKey: 'platform_operator', orgUnitId: null })
      .expect(400);
    expect(platform.body.message).toBe('Vai trò «platform_operator» không thể giao cho người dùng của LĐLĐ.');
    await http
      .post(`/api/users/${viewer}/roles`)
      .set(as(admin))
      .send({ roleKey: 'superuser', orgUnitId: null })
      .expect(400);
    await http
      .post('/api/users/invitations')
      .set(as(admin))
      .send({ email: 'op@test.thidua.vn', displayName: 'X', roleKey: 'platform_operator', orgUnitId: null })
      .expect(400);
    const user = await http.get(`/api/users/${viewer}`).set(as(admin)).expect(200);
    expect(user.body.roles.map((r: { roleKey: string }) => r.roleKey)).toEqual(['viewer']);
    expect(await api.get(DataSource).getRepository(UserEntity).countBy({ email: 'op@test.thidua.vn' })).toBe(
      0,
    );
  });

  it("gives a role on a unit of the tenant's own tree only", async () => {
    const a = await world();
    const b = await world();
    const unitOfA = await rootUnit(a.admin, `U-${a.tenant.code}`);
    const viewerOfB = await b.byEmail(b.logins['viewer']);
    const foreign = await http
      .post(`/api/users/${viewerOfB}/roles`)
      .set(as(b.admin))
      .send({ roleKey: 'unit_officer', orgUnitId: unitOfA })
      .expect(400);
    expect(foreign.body.error).toBe('org_unit_unknown');

    const viewerOfA = await a.byEmail(a.logins['viewer']);
    const res = await http
      .post(`/api/users/${viewerOfA}/roles`)
      .set(as(a.admin))
      .send({ roleKey: 'unit_officer', orgUnitId: unitOfA })
      .expect(201);
    expect(res.body.roles).toContainEqual(
      expect.objectContaining({
        roleKey: 'unit_officer',
        orgUnitId: unitOfA,
        orgUnitName: `LĐLĐ U-${a.tenant.code}`,
      }),
    );
    await http
      .post(`/api/users/${viewerOfA}/roles`)
      .set(as(a.admin))
      .send({ roleKey: 'unit_officer', orgUnitId: unitOfA })
      .expect(409);
  });

  it('removes a role, but never the last active administrator', async () => {
    const { admin, logins, byEmail } = await world();
    const adminId = await byEmail(logins['tenant_admin']);
    const officer = await byEmail(logins['emulation_officer']);
    const given = await http
      .post(`/api/users/${officer}/roles`)
      .set(as(admin))
      .send({ roleKey: 'viewer', orgUnitId: null })
      .expect(201);
    const added = given.body.roles.find((r: { roleKey: string }) => r.roleKey === 'viewer');
    const removed = await http.delete(`/api/users/${officer}/roles/${added.id}`).set(as(admin)).expect(200);
    expect(removed.body.roles.map((r: { roleKey: string }) => r.roleKey)).toEqual(['emulation_officer']);

    const own = (await http.get(`/api/users/${adminId}`).set(as(admin)).expect(200)).body.roles[0];
    const last = await http.delete(`/api/users/${adminId}/roles/${own.id}`).set(as(admin)).expect(409);
    expect(last.body.message).toBe(
      'Không thể thực hiện: LĐLĐ phải còn ít nhất một quản trị viên đang hoạt động.',
    );
    await http.get('/api/users').set(as(admin)).expect(200);
  });

  it("disabling ends the user's sessions at once; enabling lets them back in", async () => {
    const { admin, logins, byEmail } = await world();
    const viewer = await byEmail(logins['viewer']);
    const session = await http
      .post('/api/auth/sign-in')
      .send({ login: logins['viewer'], password: PASSWORD })
      .expect(200);
    const cookie = ([] as string[]).concat(session.headers['set-cookie'] ?? [])[0].split(';')[0];
    await http.get('/api/auth/me').set(as(session.body.accessToken)).expect(200);

    const disabled = await http.post(`/api/users/${viewer}/disable`).set(as(admin)).expect(200);
    expect(disabled.body.status).toBe('disabled');
    await http.get('/api/auth/me').set(as(session.body.accessToken)).expect(401);
    await http.post('/api/auth/refresh').set('Cookie', cookie).expect(401);
    const refused = await http
      .post('/api/auth/sign-in')
      .send({ login: logins['viewer'], password: PASSWORD })
      .expect(403);
    expect(refused.body.error).toBe('account_disabled');

    expect((await http.post(`/api/users/${viewer}/enable`).set(as(admin)).expect(200)).body.status).toBe(
      'active',
    );
    await signIn(api, logins['viewer']);
    const self = await http
      .post(`/api/users/${await byEmail(logins['tenant_admin'])}/disable`)
      .set(as(admin))
      .expect(409);
    expect(self.body.error).toBe('cannot_disable_self');
  });

  it('keeps users management to those whose role allows it', async () => {
    const { logins, invited } = await world();
    const viewer = await signIn(api, logins['viewer']);
    const officer = await signIn(api, logins['emulation_officer']);
    await http.get('/api/users').set(as(viewer)).expect(403);
    await http.get('/api/users').set(as(officer)).expect(200);
    await http.post(`/api/users/${invited.id}/disable`).set(as(officer)).expect(403);
    await http
      .post('/api/users/invitations')
      .set(as(officer))
      .send({ email: 'x@test.thidua.vn', displayName: 'X', roleKey: 'viewer', orgUnitId: null })
      .expect(403);
  });
});
