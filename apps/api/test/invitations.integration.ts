import { getQueueToken } from '@nestjs/bullmq';
import { INestApplication } from '@nestjs/common';
import { AuditEntryEntity, QueueName } from '@thidua/server/core';
import {
  AccountMailer,
  AccountMailJob,
  accountMailJobId,
  UserEntity,
  UserTokenEntity,
} from '@thidua/server/identity';
import { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { seedTenant, signIn } from './api-harness';
import { linkIn, MailCatcher, startWithMail } from './mail-catcher';

const NEW_PASSWORD = 'Khẩu-lệnh-mới-2026';
let unique = 0;
const newEmail = () => `moi.${Date.now().toString(36)}${++unique}@test.thidua.vn`;

describe('invitations by e-mail', () => {
  let api: INestApplication;
  let mail: MailCatcher;
  let stop: () => Promise<void>;
  let http: ReturnType<typeof request>;
  let admin: string;
  let tenantName: string;

  beforeAll(async () => {
    ({ api, mail, stop } = await startWithMail());
    http = request(api.getHttpServer());
    const { logins, tenant } = await seedTenant(api, ['tenant_admin']);
    admin = await signIn(api, logins['tenant_admin']);
    tenantName = tenant.name;
  });
  afterAll(() => stop?.());

  async function invite(email = newEmail()): Promise<{ email: string; id: string; token: string }> {
    const res = await http
      .post('/api/users/invitations')
      .set('Authorization', `Bearer ${admin}`)
      .send({ email, displayName: 'Nguyễn Thị Hoa', roleKey: 'emulation_officer', orgUnitId: null })
      .expect(201);
    return { email, id: res.body.id, token: linkIn(await mail.waitFor(email)).token };
  }

  const accept = (token: string, password = NEW_PASSWORD) =>
    http.post('/api/auth/invitations/accept').send({ token, password });

  it('mails a Vietnamese invitation whose link activates the account, and the new user signs in', async () => {
    const email = newEmail();
    const res = await http
      .post('/api/users/invitations')
      .set('Authorization', `Bearer ${admin}`)
      .send({
        email: email.toUpperCase(),
        displayName: ' Nguyễn  Thị Hoa ',
        roleKey: 'emulation_officer',
        orgUnitId: null,
      })
      .expect(201);
    expect(res.body).toMatchObject({
      email,
      displayName: 'Nguyễn Thị Hoa',
      status: 'invited',
      roles: [{ roleKey: 'emulation_officer', orgUnitId: null }],
    });

    const invitation = await mail.waitFor(email);
    expect(invitation.subject).toBe(`Lời mời tham gia hệ thống ThiĐua của ${tenantName}`);
    expect(invitation.text).toContain('Xin chào Nguyễn Thị Hoa,');
    expect(invitation.text).toContain('với vai trò «Cán bộ thi đua»');
    expect(invitation.html).toContain('Kích hoạt tài khoản');
    const link = linkIn(invitation);
    expect(link.url.pathname).toBe('/accept-invitation');

    await accept(link.token).expect(204);
    const session = await http
      .post('/api/auth/sign-in')
      .send({ login: email, password: NEW_PASSWORD })
      .expect(200);
    expect(session.body.user.roles).toEqual(['emulation_officer']);
    const user = await http
      .get(`/api/users/${res.body.id}`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(user.body.status).toBe('active');
  });

  it('queues each mail once: enqueuing the same token again (a retried request) sends nothing more', async () => {
    const { email, id } = await invite();
    const row = await api.get(DataSource).getRepository(UserTokenEntity).findOneByOrFail({ userId: id });
    const queue = api.get<Queue>(getQueueToken(QueueName.Notifications));
    const first = (await queue.getJob(accountMailJobId(row.id)))!;
    await api.get(AccountMailer).enqueue({ ...(first.data as AccountMailJob), token: 'another-token' });
    const again = await queue.getJob(accountMailJobId(row.id));
    expect(again?.timestamp).toBe(first.timestamp);
    expect(again?.data.token).not.toBe('another-token');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mail.to(email)).toHaveLength(1);
  });

  it('lets a link work once: a second use is refused with a clear message', async () => {
    const { token } = await invite();
    await accept(token).expect(204);
    const again = await accept(token, 'Một-mật-khẩu-khác-99').expect(400);
    expect(again.body).toMatchObject({
      error: 'token_invalid',
      message: 'Liên kết không hợp lệ, đã hết hạn hoặc đã được sử dụng. Vui lòng yêu cầu liên kết mới.',
    });
  });

  it('lets exactly one of two concurrent uses of a link win', async () => {
    const { email, token } = await invite();
    const passwords = ['Mật-khẩu-thứ-nhất-1', 'Mật-khẩu-thứ-hai-22'];
    const results = await Promise.all(passwords.map((p) => accept(token, p)));
    expect(results.map((r) => r.status).sort()).toEqual([204, 400]);
    const winner = passwords[results.findIndex((r) => r.status === 204)];
    const loser = passwords.find((p) => p !== winner);
    await http.post('/api/auth/sign-in').send({ login: email, password: winner }).expect(200);
    await http.post('/api/auth/sign-in').send({ login: email, password: loser }).expect(401);
  });

  it('refuses a weak password in words a person understands, and keeps the link usable', async () => {
    const { email, token } = await invite();
    const short = await accept(token, 'ngắn').expect(400);
    expect(short.body.message).toBe('Mật khẩu phải có ít nhất 10 ký tự.');
    const digits = await accept(token, '0905123456').set('Accept-Language', 'en').expect(400);
    expect(digits.body.message).toBe('The password must not be digits only; add letters or symbols.');
    const same = await accept(token, email).expect(400);
    expect(same.body.error).toBe('password_is_email');
    await accept(token).expect(204);
  });

  it('refuses an address that already has an account, and changes nothing', async () => {
    const { email } = await invite();
    const db = api.get(DataSource);
    const users = await db.getRepository(UserEntity).count();
    const entries = await db.getRepository(AuditEntryEntity).count();
    const res = await http
      .post('/api/users/invitations')
      .set('Authorization', `Bearer ${admin}`)
      .send({ email, displayName: 'Trùng', roleKey: 'viewer', orgUnitId: null })
      .expect(409);
    expect(res.body.message).toBe(`Địa chỉ email «${email}» đã được dùng cho một tài khoản khác.`);
    expect(await db.getRepository(UserEntity).count()).toBe(users);
    expect(await db.getRepository(AuditEntryEntity).count()).toBe(entries);
  });

  it('creates nothing when the mail cannot be queued: the invitation is one transaction', async () => {
    const queue = api.get<Queue>(getQueueToken(QueueName.Notifications));
    const add = jest.spyOn(queue, 'add').mockRejectedValueOnce(new Error('Redis away'));
    const email = newEmail();
    try {
      await http
        .post('/api/users/invitations')
        .set('Authorization', `Bearer ${admin}`)
        .send({ email, displayName: 'Không lưu', roleKey: 'viewer', orgUnitId: null })
        .expect(503);
    } finally {
      add.mockRestore();
    }
    expect(await api.get(DataSource).getRepository(UserEntity).countBy({ email })).toBe(0);
  });
});

describe('password reset by e-mail', () => {
  let api: INestApplication;
  let mail: MailCatcher;
  let stop: () => Promise<void>;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    ({ api, mail, stop } = await startWithMail());
    http = request(api.getHttpServer());
  });
  afterAll(() => stop?.());

  it('answers 202 for an unknown login and mails nothing', async () => {
    const unknown = `khong-co.${Date.now()}@test.thidua.vn`;
    await http.post('/api/auth/password-reset').send({ login: unknown }).expect(202);
    // A known account's mail, queued after, arriving proves the first request was handled.
    const { logins } = await seedTenant(api, ['viewer']);
    await http.post('/api/auth/password-reset').send({ login: logins['viewer'] }).expect(202);
    await mail.waitFor(logins['viewer']);
    expect(mail.to(unknown)).toEqual([]);
  });

  it('mails a one-hour link that sets a new password and ends every session', async () => {
    const { logins } = await seedTenant(api, ['viewer']);
    const login = logins['viewer'];
    const signedIn = await http
      .post('/api/auth/sign-in')
      .send({ login, password: 'Mật-khẩu-thử-2026' })
      .expect(200);
    const oldToken = signedIn.body.accessToken as string;

    await http.post('/api/auth/password-reset').send({ login }).expect(202);
    const resetMail = await mail.waitFor(login);
    expect(resetMail.subject).toBe('Đặt lại mật khẩu ThiĐua');
    const { url, token } = linkIn(resetMail);
    expect(url.pathname).toBe('/reset-password');

    await http.post('/api/auth/password-reset/confirm').send({ token, password: NEW_PASSWORD }).expect(204);
    await http.get('/api/auth/me').set('Authorization', `Bearer ${oldToken}`).expect(401);
    await http.post('/api/auth/sign-in').send({ login, password: 'Mật-khẩu-thử-2026' }).expect(401);
    await http.post('/api/auth/sign-in').send({ login, password: NEW_PASSWORD }).expect(200);
    const again = await http
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'Lần-thứ-hai-2026' });
    expect(again.status).toBe(400);
  });
});
