import { NATIONAL_DAYS, anniversary } from '@thidua/shared/calendar';
import { PlanImportResult } from '@thidua/shared/contracts';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePlanText } from './parse-plan';

const SEEDS = resolve(__dirname, '../../../../..', '../shared/seeds');
const FILE = resolve(SEEDS, '000_eecf52c8067277ab.txt');

describe('seed A — Khánh Hòa 22/KH-LĐ', () => {
  let result: PlanImportResult;
  const draft = () => result.draft;

  beforeAll(() => {
    expect(existsSync(FILE)).toBe(true);
    result = parsePlanText(readFileSync(FILE, 'utf8'));
  });

  it('reads number, symbol, place, date, year and title', () => {
    expect(draft().docNo).toBe(22);
    expect(draft().docSymbol).toBe('KH-LĐ');
    expect(draft().place).toBe('Khánh Hòa');
    expect(draft().issuedDate).toBe('2024-01-26');
    expect(draft().year).toBe(2024);
    expect(draft().title).toBe(
      'Phát động phong trào thi đua yêu nước trong công nhân, viên chức, lao động tỉnh Khánh Hòa năm 2024',
    );
  });

  it('keeps the sentences before "Căn cứ" as the context', () => {
    expect(draft().context).toBe(
      'Năm 2024 là năm đầu hiện Nghị quyết Đại hội XI Công đoàn Khánh Hòa, Nghị quyết Đại hội XIII Công đoàn Việt Nam, ' +
        'nhiệm kỳ 2023-2028; phát huy những kết quả đã đạt được, nhằm tiếp tục đẩy mạnh và nâng cao hiệu quả các phong ' +
        'trào thi đua yêu nước, lập thành tích chào mừng kỷ niệm các ngày lễ lớn của đất nước.',
    );
  });

  it('reads the one basis', () => {
    expect(draft().bases).toEqual([
      {
        docType: 'Kế hoạch',
        number: '09/KH-TLĐ',
        date: '2023-12-27',
        issuer: 'Tổng Liên đoàn Lao động Việt Nam',
        summary:
          'Phát động phong trào thi đua yêu nước năm 2024 và chào mừng kỷ niệm 95 năm ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/2024)',
      },
    ]);
  });

  it('reads four purposes, the last joined across the page break', () => {
    expect(draft().purposes).toHaveLength(4);
    expect(draft().purposes[0]).toMatch(/^Tuyên truyền, vận động và tạo khí thế sôi nổi/);
    expect(draft().purposes[2]).toMatch(
      /^Gắn phong trào thi đua yêu nước .* xây dựng tổ chức Công đoàn vững mạnh\.$/,
    );
    expect(draft().purposes[3]).toMatch(/^Kịp thời phát hiện, bồi dưỡng/);
    expect(draft().purposes[3]).toMatch(
      / Tổ chức các hoạt động đảm bảo an toàn, thiết thực, hiệu quả, tiết kiệm\.$/,
    );
  });

  it('reads the theme without quotes or emphasis, and no activity theme', () => {
    expect(draft().theme).toBe(
      'Đổi mới, sáng tạo, thi đua đưa Nghị quyết Đại hội XI Công đoàn Khánh Hòa, Nghị quyết Đại hội XIII Công đoàn ' +
        'Việt Nam vào cuộc sống, thiết thực lập thành tích chào mừng kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam',
    );
    expect(draft().activityTheme).toBeNull();
    expect(draft().contentIntro).toBeNull();
  });

  it('reads the content items 2.1–2.4 without their numbers', () => {
    const items = draft().contentItems;
    expect(items.map((i) => i.number)).toEqual(['2.1', '2.2', '2.3', '2.4']);
    expect(items[0].text).toMatch(/^Thi đua tuyên truyền, quán triệt, học tập Nghị quyết/);
    expect(items[1].text).toMatch(/^Cụ thể hóa chủ đề thi đua năm 2024/);
    expect(items[2].text).toMatch(/^Thi đua tổ chức hiệu quả các hoạt động chăm lo/);
    expect(items[3].text).toMatch(/với mục tiêu “Tất cả vì đoàn viên, người lao động”\.$/);
  });

  it('lists the movements named after "phong trào thi đua" / "cuộc vận động", not the slogans', () => {
    expect(draft().movements).toEqual(
      [
        'Lao động giỏi, Lao động sáng tạo',
        'Tham mưu giỏi, phục vụ tốt',
        'Đoàn kết cùng đoàn viên, người lao động vượt khó',
        'Cán bộ, công chức, viên chức nói không với tiêu cực',
        'Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí',
        'Người Việt Nam ưu tiên dùng hàng Việt Nam',
        'Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh',
      ].map((name) => ({ name, movementId: null })),
    );
    const names = draft().movements.map((m) => m.name);
    expect(names).not.toContain('Trung thành, trách nhiệm, liêm chính, sáng tạo');
    expect(names).not.toContain('Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh');
    expect(names).not.toContain('Tất cả vì đoàn viên, người lao động');
  });

  it('reads two phases with the calendar phrase of the commemorated day', () => {
    const tradeUnion = NATIONAL_DAYS.find((d) => d.key === 'trade-union-founding')!;
    const phrase = anniversary(tradeUnion, 2024)!.phrase;
    expect(phrase).toBe('kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/2024)');
    expect(draft().phases).toEqual([
      {
        name: 'Đợt 1',
        from: '2024-01-01',
        to: '2024-07-31',
        focus:
          'Thi đua chào mừng các sự kiện, ngày lễ lớn của đất nước và kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam ' +
          '(28/7/1929 - 28/7/2024) và triển khai chương trình hành động thực hiện Nghị quyết Đại hội XI Công đoàn Khánh ' +
          'Hòa, Nghị quyết Đại hội XIII Công đoàn Việt Nam.',
        commemorations: [{ dayKey: 'trade-union-founding', text: phrase }],
      },
      {
        name: 'Đợt 2',
        from: '2024-08-01',
        to: '2024-12-31',
        focus: 'Thi đua cao điểm hoàn thành vượt mức các chỉ tiêu, nhiệm vụ năm 2024.',
        commemorations: [],
      },
    ]);
  });

  it('reads the duties of each level with their unit types', () => {
    const duties = draft().duties;
    expect(duties.map((d) => [d.level, d.unitTypeCodes, d.items.length])).toEqual([
      ['Liên đoàn Lao động tỉnh', ['province_federation'], 3],
      [
        'LĐLĐ cấp huyện, Công đoàn cấp ngành, CĐCS trực thuộc LĐLĐ tỉnh',
        ['district_federation', 'sector_union', 'grassroots_union'],
        1,
      ],
      ['Công đoàn cơ sở', ['grassroots_union'], 1],
      [null, [], 1],
    ]);
    expect(duties[0].items[0]).toMatch(/^Chỉ đạo, hướng dẫn, đôn đốc, kiểm tra triển khai Kế hoạch này/);
    expect(duties[0].items[1]).toMatch(/^Tập trung tuyên truyền Luật Thi đua, khen thưởng năm 2023/);
    expect(duties[0].items[2]).toMatch(/^Tổ chức gắn biển công trình chào mừng kỷ niệm 95 năm/);
    expect(duties[1].items[0]).toMatch(/^căn cứ Kế hoạch phát động thi đua của LĐLĐ tỉnh/);
    expect(duties[1].items[0]).toContain(
      'nhiệm vụ trọng tâm tại địa phương, ngành, đơn vị. Tích cực tuyên truyền',
    );
    expect(duties[1].items[0]).toMatch(/trên trang mạng xã hội của đơn vị\.$/);
    expect(duties[2].items[0]).toMatch(/^Công đoàn cơ sở báo cáo lãnh đạo cấp ủy, chủ động phối hợp/);
    expect(duties[2].items[0]).toMatch(
      /tập trung nâng cao hiệu quả các phong trào thi đua trong khu vực doanh nghiệp\.$/,
    );
    expect(duties[3].items[0]).toMatch(/^Tổ chức đánh giá, tổng kết các đợt thi đua; /);
  });

  it('reads the closing and names LĐLĐ tỉnh as where reports go', () => {
    expect(draft().closing).toMatch(/^Trên đây là Kế hoạch phát động thi đua năm 2024, /);
    expect(draft().closing).toMatch(/biểu dương, khen thưởng\.\/\.$/);
    expect(draft().reportingChannel).toBe('LĐLĐ tỉnh');
  });

  it('reads the recipients and the archive line', () => {
    expect(draft().recipients).toEqual([
      { name: 'Tổng Liên đoàn', purpose: 'report' },
      { name: 'Ban Dân vận Tỉnh ủy', purpose: 'report' },
      { name: 'Sở Nội vụ', purpose: 'report' },
      { name: 'Thường trực, các ban LĐLĐ tỉnh', purpose: null },
      { name: 'LĐLĐ cấp huyện, CĐ cấp ngành', purpose: null },
      { name: 'CĐCS trực thuộc, đơn vị trực thuộc', purpose: null },
    ]);
    expect(draft().archive).toBe('Lưu Văn thư');
  });

  it('reads the signature', () => {
    expect(draft().signature).toEqual({
      mode: 'TM',
      body: 'BAN THƯỜNG VỤ',
      title: 'PHÓ CHỦ TỊCH THƯỜNG TRỰC',
      name: 'Bùi Đăng Thành',
    });
  });

  it('places every line and reports what it found', () => {
    expect(result.leftovers).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.missing).toEqual(['activityTheme', 'contentIntro']);
    expect(result.recognised).not.toContain('activityTheme');
    expect(result.recognised).toHaveLength(18);
  });
});
