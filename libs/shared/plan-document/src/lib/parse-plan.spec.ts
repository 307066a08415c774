import { PLAN_IMPORT_FIELDS } from '@thidua/shared/contracts';
import JSZip from 'jszip';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PlanDocumentError } from './errors';
import { extractPlanText, importPlanDocument } from './extract';
import { parsePlanText } from './parse-plan';

const SEED_A = resolve(__dirname, '../../../../..', '../shared/seeds/000_eecf52c8067277ab.txt');

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal Word document, one paragraph per line. */
async function docx(lines: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '</Relationships>',
  );
  const body = lines
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`)
    .join('');
  zip.file(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

async function errorCode(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    expect(error).toBeInstanceOf(PlanDocumentError);
    return (error as PlanDocumentError).code;
  }
  throw new Error('expected a PlanDocumentError');
}

describe('parsePlanText', () => {
  it('returns an empty draft with every field missing for an empty text', () => {
    const result = parsePlanText('', { defaultYear: 2025 });
    expect(result.recognised).toEqual([]);
    expect(result.missing).toEqual([...PLAN_IMPORT_FIELDS]);
    expect(result.leftovers).toEqual([]);
    expect(result.draft).toMatchObject({
      docNo: null,
      docSymbol: '',
      place: '',
      issuedDate: null,
      year: 2025,
      title: '',
      bases: [],
      context: null,
      purposes: [],
      phases: [],
      recipients: [],
      archive: null,
      signature: { mode: null, body: null, title: '', name: '' },
    });
    expect(parsePlanText('').draft.year).toBe(new Date().getFullYear());
  });

  it('keeps unrecognised text as leftovers instead of failing', () => {
    const result = parsePlanText('hello world\n\nrandom');
    expect(result.leftovers).toEqual([
      { line: 1, text: 'hello world' },
      { line: 3, text: 'random' },
    ]);
    expect(result.recognised).toEqual([]);
    expect(result.draft.title).toBe('');
  });

  it('reads a document holding only a number line and a title', () => {
    const result = parsePlanText('Số: 05/KH-LĐLĐ\n\nPhát động thi đua chào mừng Đại hội năm 2025\n');
    expect(result.draft).toMatchObject({
      docNo: 5,
      docSymbol: 'KH-LĐLĐ',
      title: 'Phát động thi đua chào mừng Đại hội năm 2025',
      year: 2025,
    });
    expect(result.recognised).toEqual(['docNo', 'docSymbol', 'title']);
    expect(result.leftovers).toEqual([]);
  });

  it('leaves agency header lines over and takes the title from after "KẾ HOẠCH"', () => {
    const text = [
      'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      'LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH HÒA',
      'Số: 22/KH-LĐ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'LIÊN ĐOÀN LAO ĐỘNG TỈNH',
      'Khánh Hòa, ngày 26 tháng 01 năm 2024',
      'KẾ HOẠCH',
      'Phát động phong trào thi đua yêu nước',
      'trong công nhân, viên chức, lao động năm 2024',
    ].join('\n');
    const result = parsePlanText(text);
    expect(result.draft.title).toBe(
      'Phát động phong trào thi đua yêu nước trong công nhân, viên chức, lao động năm 2024',
    );
    expect(result.draft.issuedDate).toBe('2024-01-26');
    expect(result.leftovers).toEqual([
      { line: 1, text: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM' },
      { line: 2, text: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH HÒA' },
      { line: 6, text: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH' },
    ]);
  });

  it('reads a number without a number yet, a "Mục đích"/"Yêu cầu" split, KT. signing and (t/h) recipients', () => {
    const text = [
      'Số:    /KH-CĐN',
      'Hà Nội, ngày 05 tháng 3 năm 2025',
      'KẾ HOẠCH',
      'Tổ chức thi đua chào mừng các ngày lễ lớn',
      'Căn cứ Kế hoạch số 12/KH-LĐLĐ ngày 10 tháng 01 năm 2025 của Liên đoàn Lao động thành phố về việc phát động thi đua năm 2025;',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '- Động viên đoàn viên thi đua hoàn thành nhiệm vụ.',
      '2. Yêu cầu',
      '- Thiết thực, hiệu quả.',
      'II. NỘI DUNG THI ĐUA',
      '1. Thi đua thực hiện phong trào “Xanh - Sạch - Đẹp, Bảo đảm ATVSLĐ” và “Sáng kiến nhỏ”.',
      'a) Tại doanh nghiệp;',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Công đoàn cơ sở',
      '- Xây dựng kế hoạch, báo cáo kết quả về Ban Tuyên giáo trước ngày 15/12/2025.',
      'IV. KHEN THƯỞNG',
      'Tặng Giấy khen cho tập thể tiêu biểu.',
      'Nơi nhận:',
      '- Các CĐCS (t/h);',
      '- Lưu: VT.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      '(Đã ký)',
      'Trần Thị Lan',
    ].join('\n');
    const result = parsePlanText(text, {
      movements: [
        {
          id: 'm-1',
          name: 'Xanh – Sạch – Đẹp, Bảo đảm an toàn vệ sinh lao động',
          aliases: ['Xanh - Sạch - Đẹp, Bảo đảm ATVSLĐ'],
        },
      ],
    });
    const draft = result.draft;
    expect([draft.docNo, draft.docSymbol, draft.place, draft.issuedDate, draft.year]).toEqual([
      null,
      'KH-CĐN',
      'Hà Nội',
      '2025-03-05',
      2025,
    ]);
    expect(draft.bases).toEqual([
      {
        docType: 'Kế hoạch',
        number: '12/KH-LĐLĐ',
        date: '2025-01-10',
        issuer: 'Liên đoàn Lao động thành phố',
        summary: 'phát động thi đua năm 2025',
      },
    ]);
    expect(draft.purposes).toEqual([
      'Động viên đoàn viên thi đua hoàn thành nhiệm vụ.',
      'Thiết thực, hiệu quả.',
    ]);
    expect(draft.contentItems).toEqual([
      {
        number: '1',
        text: 'Thi đua thực hiện phong trào “Xanh - Sạch - Đẹp, Bảo đảm ATVSLĐ” và “Sáng kiến nhỏ”.\n- a) Tại doanh nghiệp;',
      },
    ]);
    expect(draft.movements).toEqual([
      { name: 'Xanh – Sạch – Đẹp, Bảo đảm an toàn vệ sinh lao động', movementId: 'm-1' },
      { name: 'Sáng kiến nhỏ', movementId: null },
    ]);
    expect(draft.duties).toEqual([
      {
        level: 'Công đoàn cơ sở',
        unitTypeCodes: ['grassroots_union'],
        items: ['Xây dựng kế hoạch, báo cáo kết quả về Ban Tuyên giáo trước ngày 15/12/2025.'],
      },
    ]);
    expect(draft.reportingChannel).toBe('Ban Tuyên giáo');
    expect(draft.recipients).toEqual([{ name: 'Các CĐCS', purpose: 'execute' }]);
    expect(draft.archive).toBe('Lưu: VT');
    expect(draft.signature).toEqual({
      mode: 'KT',
      body: 'CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Trần Thị Lan',
    });
    expect(result.leftovers).toEqual([
      { line: 17, text: 'IV. KHEN THƯỞNG' },
      { line: 18, text: 'Tặng Giấy khen cho tập thể tiêu biểu.' },
    ]);
    expect(result.warnings).toContain(
      'Line 17: section "IV. KHEN THƯỞNG" has no field; its text is left over.',
    );
  });

  it('reads phases written with whole months and without a year', () => {
    const text = [
      'Số: 3/KH-LĐ',
      'KẾ HOẠCH',
      'Thi đua năm 2025',
      'I. THỜI GIAN',
      'Đợt 1: từ tháng 2/2025 đến hết tháng 6/2025',
      'Chào mừng kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam và 100 năm Ngày Truyền thống Ngành X.',
      'Đợt 2: từ 01/7 đến 31/12',
      'Thi đua hoàn thành chỉ tiêu.',
    ].join('\n');
    const result = parsePlanText(text);
    expect(result.draft.phases).toEqual([
      {
        name: 'Đợt 1',
        from: '2025-02-01',
        to: '2025-06-30',
        focus:
          'Chào mừng kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam và 100 năm Ngày Truyền thống Ngành X.',
        commemorations: [
          {
            dayKey: 'party-founding',
            text: 'kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2025)',
          },
          { dayKey: null, text: '100 năm Ngày Truyền thống Ngành X' },
        ],
      },
      {
        name: 'Đợt 2',
        from: '2025-07-01',
        to: '2025-12-31',
        focus: 'Thi đua hoàn thành chỉ tiêu.',
        commemorations: [],
      },
    ]);
    expect(result.leftovers).toEqual([]);
  });
});

describe('extractPlanText / importPlanDocument', () => {
  it('refuses an empty document', async () => {
    expect(await errorCode(importPlanDocument(Buffer.from(''), 'plan.txt'))).toBe('plan_import_empty');
    expect(await errorCode(importPlanDocument(Buffer.from(' \n\n \r\n'), 'plan.md'))).toBe(
      'plan_import_empty',
    );
  });

  it('refuses content that is neither a .docx nor UTF-8 text, whatever the name', async () => {
    expect(await errorCode(importPlanDocument(PNG, 'plan.docx'))).toBe('plan_import_unsupported_file');
    expect(await errorCode(extractPlanText(Buffer.from([0x61, 0x00, 0x62]), 'plan.txt'))).toBe(
      'plan_import_unsupported_file',
    );
    const notWord = await new JSZip().file('hello.txt', 'hi').generateAsync({ type: 'nodebuffer' });
    expect(await errorCode(extractPlanText(notWord, 'plan.docx'))).toBe('plan_import_unsupported_file');
  });

  it('refuses a text longer than 200,000 characters', async () => {
    expect(await errorCode(extractPlanText(Buffer.from('a'.repeat(200_001)), 'plan.txt'))).toBe(
      'plan_import_too_long',
    );
    await expect(extractPlanText(Buffer.from('a'.repeat(200_000)), 'plan.txt')).resolves.toHaveLength(
      200_000,
    );
  });

  it('decodes text: no byte-order mark, NFC, LF line ends', async () => {
    const decomposed = 'Khánh Hòa'.normalize('NFD');
    const text = await extractPlanText(Buffer.from(`\uFEFF${decomposed}\r\nline 2\r\n`, 'utf8'), 'plan.md');
    expect(text).toBe('Khánh Hòa\nline 2\n'.normalize('NFC'));
  });

  it('reads a .docx of seed A like its text', async () => {
    expect(existsSync(SEED_A)).toBe(true);
    const source = readFileSync(SEED_A, 'utf8');
    const lines = source
      .split('\n')
      .map((line) =>
        line
          .replace(/^#+\s*/, '')
          .replace(/\*+/g, '')
          .trim(),
      )
      .filter(Boolean);
    const fromDocx = await importPlanDocument(await docx(lines), 'seed-a.docx');
    const fromText = await importPlanDocument(Buffer.from(source, 'utf8'), 'seed-a.txt');
    for (const field of [
      'docNo',
      'docSymbol',
      'place',
      'issuedDate',
      'title',
      'year',
      'phases',
      'signature',
    ] as const) {
      expect(fromDocx.draft[field]).toEqual(fromText.draft[field]);
    }
    expect(fromDocx.draft.purposes).toEqual(fromText.draft.purposes);
    expect(fromDocx.draft.recipients).toEqual(fromText.draft.recipients);
    expect(fromDocx.draft.movements).toEqual(fromText.draft.movements);
    expect(fromDocx.leftovers).toEqual([]);
  });
});
