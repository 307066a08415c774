import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { OrgImportStatus, OrgUnitDto, OrgUnitTypeDto, Page } from '@thidua/shared/contracts';
import { waitFor } from '@thidua/server/testing';
import { strToU8, zipSync } from 'fflate';
import request from 'supertest';
import { seedTenant, signIn, startApi, startWorker } from './api-harness';

/** A minimal real .xlsx (one sheet, inline strings) built in the test. */
function xlsx(rows: string[][]): Buffer {
  const cell = (value: string, c: number, r: number) =>
    `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`;
  const sheet = rows
    .map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, c, r + 1)).join('')}</row>`)
    .join('');
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Don vi" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheet}</sheetData></worksheet>`,
      ),
    }),
  );
}

describe('importing units from XLSX and CSV', () => {
  let api: INestApplication;
  let worker: INestApplicationContext;
  let token: string;
  let rootCode: string;
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const upload = (content: Buffer, name: string) =>
    request(api.getHttpServer()).post('/api/org/imports').set(auth()).attach('file', content, name);
  const finished = async (importId: string) =>
    (
      await waitFor(
        async () =>
          (await request(api.getHttpServer()).get(`/api/org/imports/${importId}`).set(auth()).expect(200))
            .body as OrgImportStatus,
        (s) => s.state === 'completed' || s.state === 'failed',
        { timeoutMs: 30_000, what: 'the import to finish' },
      )
    ).value;
  const count = async () =>
    (
      (
        await request(api.getHttpServer())
          .get('/api/org/units?q=IMP&status=all&pageSize=1')
          .set(auth())
          .expect(200)
      ).body as Page<OrgUnitDto>
    ).total;

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker();
    const { logins } = await seedTenant(api, ['tenant_admin']);
    token = await signIn(api, logins['tenant_admin']);
    const types = (await request(api.getHttpServer()).get('/api/org/unit-types').set(auth()))
      .body as OrgUnitTypeDto[];
    rootCode = `IMP-ROOT-${Date.now().toString(36)}`;
    await request(api.getHttpServer())
      .post('/api/org/units')
      .set(auth())
      .send({
        code: rootCode,
        name: 'LĐLĐ tỉnh Nhập Thử',
        typeId: types.find((t) => t.code === 'province_federation')?.id,
        parentId: null,
      })
      .expect(201);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('refuses a file with any bad row, lists every problem, and imports nothing', async () => {
    const csv = [
      'Mã;Tên đơn vị;Loại;Mã đơn vị cấp trên;Địa chỉ;Số đoàn viên',
      `IMP-X1;Công đoàn xã Suối Hiệp;Công đoàn xã, phường, đặc khu;${rootCode};;`,
      'IMP-C1;;Công đoàn cơ sở;IMP-X1;;abc',
      'IMP-C2;Công đoàn cơ sở Trường Tiểu học Suối Hiệp;Hội Phụ nữ;IMP-X1;;',
    ].join('\n');
    const accepted = await upload(Buffer.from(csv, 'utf8'), 'don-vi.csv').expect(202);
    const status = await finished(accepted.body.importId);
    expect(status.state).toBe('failed');
    expect(status.errors).toEqual([
      { row: 3, column: 'name', message: 'Không được để trống.' },
      { row: 3, column: 'member_count', message: 'Số đoàn viên phải là số nguyên không âm.' },
      { row: 4, column: 'type', message: expect.stringContaining('Không có loại đơn vị «Hội Phụ nữ»') },
    ]);
    expect(await count()).toBe(1);
  });

  it('imports a valid workbook with its hierarchy, and shows progress to completion', async () => {
    const rows = [
      ['code', 'name', 'type', 'parent_code', 'address', 'member_count'],
      [
        'IMP-C3',
        'Công đoàn cơ sở Công ty TNHH Thủy sản Hải Vương',
        'grassroots_union',
        'IMP-K1',
        'KCN Suối Dầu',
        '420',
      ],
      ['IMP-K1', 'Công đoàn các Khu công nghiệp', 'industrial_park_union', rootCode, '', ''],
    ];
    const accepted = await upload(xlsx(rows), 'don-vi.xlsx').expect(202);
    const status = await finished(accepted.body.importId);
    expect(status).toMatchObject({ state: 'completed', progress: 100, createdUnits: 2, errors: [] });
    const search = (await request(api.getHttpServer()).get('/api/org/units?q=hai vuong').set(auth()))
      .body as Page<OrgUnitDto>;
    expect(search.items[0]).toMatchObject({ code: 'IMP-C3', memberCount: 420, typeCode: 'grassroots_union' });
    expect(search.items[0].path.split('/').filter(Boolean)).toHaveLength(3);
  });

  it('imports 5,000 units in one go', async () => {
    const lines = ['code,name,type,parent_code'];
    for (let x = 0; x < 50; x++) {
      lines.push(`IMP-BX${x},Công đoàn xã Thử ${x},commune_union,${rootCode}`);
      for (let c = 0; c < 99; c++)
        lines.push(`IMP-B${x}-${c},Công đoàn cơ sở Thử ${x}.${c},grassroots_union,IMP-BX${x}`);
    }
    const started = Date.now();
    const accepted = await upload(Buffer.from(lines.join('\n')), 'lon.csv').expect(202);
    const status = await finished(accepted.body.importId);
    process.stdout.write(`5,000-unit import finished in ${Date.now() - started} ms\n`);
    expect(status).toMatchObject({ state: 'completed', createdUnits: 5000 });
  });

  it('refuses, with a clear 4xx and nothing written, a file whose content is not a sheet or unpacks too far', async () => {
    const before = await count();
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');
    const wrong = await upload(png, 'khong-phai.xlsx').expect(400);
    expect(wrong.body).toMatchObject({ error: 'import_file_type' });
    expect(wrong.body.message).toMatch(/Excel \(\.xlsx\) hoặc CSV/);

    const bomb = Buffer.from(
      zipSync(
        {
          '[Content_Types].xml': strToU8('<Types/>'),
          'xl/worksheets/sheet1.xml': new Uint8Array(80 * 1024 * 1024),
        },
        { level: 1 },
      ),
    );
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const refused = await upload(bomb, 'bom.xlsx').expect(413);
    expect(refused.body).toMatchObject({ error: 'import_file_too_large' });

    await upload(Buffer.from([0x41, 0x00, 0x42]), 'nhi-phan.csv').expect(400);
    await request(api.getHttpServer()).post('/api/org/imports').set(auth()).expect(400);
    expect(await count()).toBe(before);
  });
});
