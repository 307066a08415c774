import { INestApplication } from '@nestjs/common';
import { Page, PlanContent } from '@thidua/shared/contracts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { startApi } from './api-harness';
import { caller, Method, planWorld } from './plan-world';

const SEEDS = resolve(__dirname, '../../../../shared/seeds');

describe('plan import and the movement catalogue', () => {
  let api: INestApplication;
  let officer: string;
  let officerA: string;
  let viewerC: string;
  const http = () => request(api.getHttpServer());
  const as = (t: string) => ({ Authorization: `Bearer ${t}` });
  const call = <T>(method: Method, path: string, t: string, body?: object, expected = 200) =>
    caller(api)<T>(method, path, t, body, expected);

  beforeAll(async () => {
    api = await startApi();
    ({ officer, officerA, viewerC } = await planWorld(api, 'M'));
  });
  afterAll(() => api?.close());

  it('imports a plan document into a structured draft with movements matched to the catalogue', async () => {
    const text = readFileSync(resolve(SEEDS, '000_eecf52c8067277ab.txt'), 'utf8');
    const result = await call<{ draft: PlanContent; leftovers: unknown[] }>(
      'post',
      '/plans/import',
      officer,
      { text },
    );
    expect(result.draft).toMatchObject({
      docNo: 22,
      docSymbol: 'KH-LĐ',
      issuedDate: '2024-01-26',
      place: 'Khánh Hòa',
    });
    const ldg = result.draft.movements.find((m) => m.name === 'Lao động giỏi, Lao động sáng tạo');
    expect(ldg?.movementId).toMatch(/^[0-9a-f-]{36}$/);
    const upload = await http()
      .post('/api/plans/import')
      .set(as(officer))
      .attach('file', Buffer.from(text, 'utf8'), 'ke-hoach.txt')
      .expect(200);
    expect(upload.body.draft.title).toBe(result.draft.title);
    const png = await http()
      .post('/api/plans/import')
      .set(as(officer))
      .attach(
        'file',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        'ke-hoach.docx',
      )
      .expect(400);
    expect(png.body.message).toContain('.docx, .txt hoặc .md');
    await call('post', '/plans/import', officer, { text: '   ' }, 400);
    await call('post', '/plans/import', viewerC, { text }, 403);
  });

  it('keeps a movement catalogue with national entries read-only and the tenant adding its own', async () => {
    const national = await call<Page<{ id: string; name: string; source: string }>>(
      'get',
      '/movements?source=national&pageSize=100',
      officer,
    );
    expect(national.items.map((m) => m.name)).toEqual(
      expect.arrayContaining([
        'Lao động giỏi, Lao động sáng tạo',
        'Giỏi việc nước, Đảm việc nhà',
        'Xanh – Sạch – Đẹp, Bảo đảm an toàn vệ sinh lao động',
      ]),
    );
    const local = await call<{ id: string; source: string }>(
      'post',
      '/movements',
      officer,
      {
        name: 'Thử chung sức xây dựng nông thôn mới',
        kind: 'thematic',
        launcher: 'Ủy ban nhân dân tỉnh',
        fromYear: 2021,
        toYear: 2025,
      },
      201,
    );
    expect(local.source).toBe('tenant');
    const twice = await call<{ message: string }>(
      'post',
      '/movements',
      officer,
      { name: 'thu chung suc xay dung nong thon moi', kind: 'thematic', launcher: 'UBND' },
      409,
    );
    expect(twice.message).toContain('Danh mục đã có phong trào');
    const readOnly = await call<{ message: string }>(
      'patch',
      `/movements/${national.items[0].id}`,
      officer,
      { active: false },
      409,
    );
    expect(readOnly.message).toBe('Phong trào này thuộc danh mục chung (quốc gia), không sửa được.');
    expect(
      await call<{ active: boolean }>('patch', `/movements/${local.id}`, officer, { active: false }),
    ).toMatchObject({ active: false });
    await call('patch', `/movements/${local.id}`, officer, { fromYear: 2026, toYear: 2020 }, 400);
    await call('post', '/movements', officerA, { name: 'Không được', kind: 'regular', launcher: 'X' }, 403);
    const searched = await call<Page<{ name: string }>>('get', '/movements?q=gioi%20viec%20nuoc', officerA);
    expect(searched.items.map((m) => m.name)).toEqual(['Giỏi việc nước, Đảm việc nhà']);
  });
});
