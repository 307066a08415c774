import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { startApi } from './api-harness';

describe('one error shape for every failure', () => {
  let api: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    api = await startApi();
    http = request(api.getHttpServer());
  });
  afterAll(() => api?.close());

  it('lists every field problem, rejecting unknown fields, in Vietnamese by default', async () => {
    const res = await http
      .post('/api/auth/sign-in')
      .send({ login: '', password: 5, role: 'admin' })
      .expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'validation_failed' });
    expect(res.body.message).toMatch(/^Dữ liệu gửi lên chưa hợp lệ: \d+ lỗi/);
    const byField = Object.fromEntries(
      res.body.errors.map((e: { field: string; message: string }) => [`${e.field}`, e.message]),
    );
    expect(byField['role']).toBe('Trường «role» không được phép gửi lên.');
    expect(byField['login']).toBe('Trường «login» không được để trống.');
    expect(byField['password']).toBeDefined();
    expect(res.body.requestId).toEqual(res.headers['x-request-id']);
  });

  it('answers in English when the client asks for it, with constraint arguments in the message', async () => {
    const res = await http
      .post('/api/auth/sign-in')
      .set('Accept-Language', 'en-US,en;q=0.9')
      .send({ login: 'x'.repeat(300), password: 'p' })
      .expect(400);
    expect(res.body.errors).toEqual([
      { field: 'login', code: 'maxLength', message: 'Field "login" must have at most 254 characters.' },
    ]);
  });

  it('explains malformed JSON and oversized bodies', async () => {
    const malformed = await http
      .post('/api/auth/sign-in')
      .set('Content-Type', 'application/json')
      .send('{"login":')
      .expect(400);
    expect(malformed.body).toMatchObject({
      error: 'malformed_json',
      message: 'Nội dung gửi lên không phải JSON hợp lệ.',
    });

    const big = await http
      .post('/api/auth/sign-in')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ login: 'a', password: 'b'.repeat(2 * 1024 * 1024) }))
      .expect(413);
    expect(big.body).toMatchObject({
      error: 'payload_too_large',
      message: 'Nội dung gửi lên quá lớn (tối đa 1 MB).',
    });
  });

  it('names the missing route, and keeps a well-formed request id from the caller', async () => {
    const res = await http.get('/api/khong-co').set('X-Request-Id', 'trace-12345678').expect(404);
    expect(res.body).toEqual({
      statusCode: 404,
      error: 'route_not_found',
      message: 'Không có đường dẫn GET /api/khong-co.',
      requestId: 'trace-12345678',
    });
  });

  it('denies a protected route without a token', async () => {
    const res = await http.get('/api/tenants').expect(401);
    expect(res.body.message).toBe('Bạn cần đăng nhập để tiếp tục.');
  });

  it('serves the OpenAPI document', async () => {
    const res = await http.get('/api/docs-json').expect(200);
    expect(res.body.info.title).toBe('ThiĐua API');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/sign-in', '/api/tenants', '/ready']),
    );
  });
});
