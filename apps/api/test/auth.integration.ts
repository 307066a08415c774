import { INestApplication } from '@nestjs/common';
import { TenantContext } from '@thidua/server/core';
import { UserEntity } from '@thidua/server/identity';
import { TenantsService } from '@thidua/server/tenancy';
import { REFRESH_COOKIE } from '@thidua/shared/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PASSWORD, seedOperator, seedTenant, signIn, startApi } from './api-harness';

function refreshCookie(res: request.Response): string {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = cookies.find((c) => c.startsWith(`${REFRESH_COOKIE}=`));
  if (!cookie) throw new Error('no refresh cookie set');
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Strict/);
  expect(cookie).toMatch(/Path=\/api\/auth/);
  return cookie.split(';')[0];
}

describe('sign-in and sessions', () => {
  let api: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    api = await startApi();
    http = request(api.getHttpServer());
  });
  afterAll(() => api?.close());

  it('signs in by e-mail and by phone, returning the user, packed rules and an HttpOnly refresh cookie', async () => {
    const { logins, tenant } = await seedTenant(api, ['tenant_admin']);
    const res = await http
      .post('/api/auth/sign-in')
      .send({ login: logins['tenant_admin'].toUpperCase(), password: PASSWORD })
      .expect(200);
    expect(res.body.user).toMatchObject({
      tenantId: tenant.id,
      tenantName: tenant.name,
      roles: ['tenant_admin'],
    });
    expect(res.body.rules.length).toBeGreaterThan(0);
    expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|\$argon2/);
    refreshCookie(res);

    const phone = '0905 000 111';
    const users = api.get(DataSource).getRepository(UserEntity);
    await users.update({ email: logins['tenant_admin'] }, { phone: '0905000111' });
    await http
      .post('/api/auth/sign-in')
      .send({ login: `+84 ${phone.slice(1)}`, password: PASSWORD })
      .expect(200);
  });

  it('refuses a wrong password with one clear message that does not reveal whether the account exists', async () => {
    const { logins } = await seedTenant(api, ['viewer']);
    const wrong = await http
      .post('/api/auth/sign-in')
      .send({ login: logins['viewer'], password: 'sai' })
      .expect(401);
    const unknown = await http
      .post('/api/auth/sign-in')
      .send({ login: 'ai-do@khong-co.vn', password: 'sai' })
      .expect(401);
    expect(wrong.body.message).toBe('Email/số điện thoại hoặc mật khẩu không đúng.');
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('locks the account after repeated failures, even for the right password', async () => {
    const { logins } = await seedTenant(api, ['viewer']);
    await api
      .get(DataSource)
      .getRepository(UserEntity)
      .update({ email: logins['viewer'] }, { failedSignIns: 9 });
    await http.post('/api/auth/sign-in').send({ login: logins['viewer'], password: 'sai' }).expect(401);
    const locked = await http
      .post('/api/auth/sign-in')
      .send({ login: logins['viewer'], password: PASSWORD })
      .expect(429);
    expect(locked.body.error).toBe('account_locked');
    expect(locked.body.message).toMatch(/thử lại sau 15 phút/);
  });

  it('rotates refresh tokens, and replaying a used one revokes the whole family', async () => {
    const { logins } = await seedTenant(api, ['viewer']);
    const first = refreshCookie(
      await http.post('/api/auth/sign-in').send({ login: logins['viewer'], password: PASSWORD }),
    );
    const second = refreshCookie(await http.post('/api/auth/refresh').set('Cookie', first).expect(200));
    expect(second).not.toBe(first);

    await http.post('/api/auth/refresh').set('Cookie', first).expect(401); // replay of a used token
    const res = await http.post('/api/auth/refresh').set('Cookie', second).expect(401); // family revoked
    expect(res.body.error).toBe('session_expired');
  });

  it('signs out everywhere: refresh tokens and access tokens already issued stop working', async () => {
    const { logins } = await seedTenant(api, ['viewer']);
    const login = await http.post('/api/auth/sign-in').send({ login: logins['viewer'], password: PASSWORD });
    const token = login.body.accessToken as string;
    await http.get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    await http.post('/api/auth/sign-out-everywhere').set('Authorization', `Bearer ${token}`).expect(204);
    await http.get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
    await http.post('/api/auth/refresh').set('Cookie', refreshCookie(login)).expect(401);
  });

  it("keeps a suspended tenant's users out while keeping their data", async () => {
    const { logins, tenant } = await seedTenant(api, ['tenant_admin']);
    const token = await signIn(api, logins['tenant_admin']);
    await api
      .get(TenantContext)
      .runAsSystem('test', () => api.get(TenantsService).setStatus(tenant.id, 'suspended'));

    const res = await http
      .post('/api/auth/sign-in')
      .send({ login: logins['tenant_admin'], password: PASSWORD })
      .expect(403);
    expect(res.body.error).toBe('tenant_suspended');
    await http.get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(403);
    expect(await api.get(DataSource).getRepository(UserEntity).countBy({ tenantId: tenant.id })).toBe(1);
  });

  it('lets only platform operators manage tenants', async () => {
    const operator = await signIn(api, await seedOperator(api));
    const { logins } = await seedTenant(api, ['tenant_admin']);
    const admin = await signIn(api, logins['tenant_admin']);
    const body = {
      code: `moi-${Date.now().toString(36)}`,
      name: 'Liên đoàn Lao động tỉnh Mới',
      issuerCode: 'LĐLĐ',
      headerSuperior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      headerIssuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH MỚI',
      placeName: 'Mới',
    };
    await http.post('/api/tenants').set('Authorization', `Bearer ${admin}`).send(body).expect(403);
    await http.post('/api/tenants').set('Authorization', `Bearer ${operator}`).send(body).expect(201);
    const dup = await http
      .post('/api/tenants')
      .set('Authorization', `Bearer ${operator}`)
      .send(body)
      .expect(409);
    expect(dup.body.message).toBe(`Mã đơn vị thuê bao «${body.code}» đã được dùng.`);
  });
});
