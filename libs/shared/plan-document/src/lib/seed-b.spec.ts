import { PlanImportResult } from '@thidua/shared/contracts';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePlanText } from './parse-plan';

const SEEDS = resolve(__dirname, '../../../../..', '../shared/seeds');
const FILE = resolve(SEEDS, '004_3eae05f363ad369b.txt');

describe('seed B — Nam Định 149/KH-LĐLĐ', () => {
  let result: PlanImportResult;
  const draft = () => result.draft;

  beforeAll(() => {
    expect(existsSync(FILE)).toBe(true);
    result = parsePlanText(readFileSync(FILE, 'utf8'));
  });

  it('reads number, symbol, place, date, year and title', () => {
    expect(draft().docNo).toBe(149);
    expect(draft().docSymbol).toBe('KH-LĐLĐ');
    expect(draft().place).toBe('Nam Định');
    expect(draft().issuedDate).toBe('2023-02-17');
    expect(draft().year).toBe(2023);
    expect(draft().title).toBe('Tổ chức thực hiện các phong trào thi đua năm 2023');
  });

  it('warns about the gap in the number and the missing leading zero of the date', () => {
    expect(result.warnings).toEqual([
      'Line 3: a space is written before "/" in the number ("Số: 149 /KH-LĐLĐ").',
      'Line 5: the date "Nam Định, ngày 17 tháng 2 năm 2023" lacks a leading zero (Decree 30/2020 writes days below 10 and months 1 and 2 with "0").',
    ]);
  });

  it('reads the unnumbered directive and the provincial plan as bases', () => {
    expect(draft().bases).toEqual([
      {
        docType: null,
        number: null,
        date: null,
        issuer: 'Đoàn Chủ tịch Tổng Liên đoàn lao động Việt Nam',
        summary: 'Thực hiện sự chỉ đạo của Đoàn Chủ tịch Tổng Liên đoàn lao động Việt Nam',
      },
      {
        docType: 'Kế hoạch',
        number: '27/KH-UBND',
        date: '2023-02-13',
        issuer: 'Ủy ban Nhân dân tỉnh',
        summary: 'tổ chức thực hiện các phong trào thi đua và công tác thi đua, khen thưởng năm 2023',
      },
    ]);
  });

  it('keeps the launching sentence as the context (the plan has no context paragraph)', () => {
    expect(draft().context).toBe(
      'Ban Thường vụ LĐLĐ tỉnh phát động các phong trào thi đua yêu nước trong cán bộ, đoàn viên, công nhân, viên ' +
        'chức, lao động và các cấp Công đoàn với những nội dung sau:',
    );
  });

  it('reads two purposes', () => {
    expect(draft().purposes).toHaveLength(2);
    expect(draft().purposes[0]).toMatch(/^Nhằm động viên đoàn viên/);
    expect(draft().purposes[1]).toMatch(/^Tiếp tục đổi mới, sáng tạo/);
  });

  it('reads the emulation theme, the activity theme and the intro', () => {
    expect(draft().theme).toBe(
      'Đoàn kết, vượt khó – Chủ động thích ứng – Điều hành linh hoạt – Đổi mới sáng tạo – Kịp thời hiệu quả',
    );
    expect(draft().activityTheme).toBe('Tập trung phát triển đoàn viên, thành lập công đoàn cơ sở');
    expect(draft().contentIntro).toMatch(
      /^Thực hiện chủ đề phong trào thi đua năm 2023 “ Đoàn kết, vượt khó/,
    );
    expect(draft().contentIntro).toMatch(/tập trung vào một số nội dung sau:$/);
  });

  it('reads six content items, the first joined across the page break', () => {
    const items = draft().contentItems;
    expect(items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(items[0].text).toMatch(/^Đẩy mạnh các phong trào thi đua, các cuộc vận động/);
    expect(items[0].text).toContain(
      '“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”...; tiếp tục thực hiện có hiệu quả giai đoạn 2 Chương trình',
    );
    expect(items[0].text).toMatch(/quyết tâm chiến thắng đại dịch Covid-19”\.$/);
    expect(items[4].text).toMatch(/^Tập trung phát triển đoàn viên công đoàn/);
    expect(items[5]).toEqual({
      number: '6',
      text: 'Phong trào thi đua năm 2023 được tổ chức thành 02 đợt như sau:',
    });
  });

  it('lists the movements, matched to the catalogue where it has them', () => {
    expect(draft().movements).toEqual(
      [
        'Lao động giỏi, Lao động sáng tạo',
        'Giỏi việc nước, Đảm việc nhà',
        'Xanh – Sạch – Đẹp, Bảo đảm an toàn vệ sinh lao động',
        'Đổi mới, sáng tạo, hiệu quả trong hoạt động của tổ chức Công đoàn',
        'Nam Định chung sức xây dựng nông thôn mới nâng cao, kiểu mẫu',
        'Vì người nghèo - không để ai bị bỏ lại phía sau',
        'Đẩy mạnh cải cách hành chính tỉnh Nam Định giai đoạn 2021- 2025',
        'Cán bộ, công chức, viên chức tỉnh Nam Định thi đua thực hiện văn hóa công sở',
        'Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí',
        'Dân vận khéo',
        'Toàn dân bảo vệ an ninh Tổ quốc',
        'Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh',
        '1 triệu sáng kiến - nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch Covid-19',
      ].map((name) => ({ name, movementId: null })),
    );
  });

  it('reads the two phases and their commemorations from the calendar', () => {
    const [one, two] = draft().phases;
    expect(draft().phases).toHaveLength(2);
    expect([one.name, one.from, one.to]).toEqual(['Đợt 1', '2023-01-01', '2023-06-30']);
    expect(one.focus).toMatch(/^Các phong trào thi đua tập trung chào mừng kỷ niệm 93 năm/);
    expect(one.commemorations).toEqual([
      {
        dayKey: 'party-founding',
        text: 'kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2023)',
      },
      {
        dayKey: 'call-to-emulate',
        text: 'kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi thi đua ái quốc (11/6/1948 – 11/6/2023)',
      },
      {
        dayKey: 'reunification',
        text: 'kỷ niệm 48 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2023)',
      },
      { dayKey: 'labour-day', text: 'kỷ niệm 137 năm Ngày Quốc tế Lao động (1/5/1886 – 1/5/2023)' },
      {
        dayKey: 'ho-chi-minh-birthday',
        text: 'kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2023)',
      },
    ]);
    expect([two.name, two.from, two.to]).toEqual(['Đợt 2', '2023-07-01', '2023-12-31']);
    expect(two.focus).toMatch(/^Tổ chức các phong trào thi đua, đợt thi đua cao điểm/);
    expect(two.commemorations).toEqual([
      {
        dayKey: 'trade-union-founding',
        text: 'kỷ niệm 94 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/2023)',
      },
      { dayKey: 'august-revolution', text: 'kỷ niệm 78 năm Cách mạng tháng Tám (19/8/1945 – 19/8/2023)' },
      {
        dayKey: 'national-day',
        text: 'kỷ niệm 78 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945 – 2/9/2023)',
      },
    ]);
  });

  it('reads two duties for all levels, the first joined across the page break', () => {
    const duties = draft().duties;
    expect(duties.map((d) => [d.level, d.unitTypeCodes, d.items.length])).toEqual([
      [null, [], 1],
      [null, [], 1],
    ]);
    expect(duties[0].items[0]).toMatch(/^Căn cứ vào chương trình, kế hoạch phát triển kinh tế - xã hội/);
    expect(duties[0].items[0]).toContain('thích hợp với từng ngành nghề, loại hình đơn vị, doanh nghiệp...');
    expect(duties[1].items[0]).toMatch(/^Tập trung tổ chức các hoạt động thi đua hướng về cơ sở;/);
  });

  it('reads the reporting channel as written and the closing', () => {
    expect(draft().reportingChannel).toBe('Ban Chính sách pháp luật&QHLD');
    expect(draft().closing).toMatch(
      /^Trên đây là kế hoạch tổ chức thực hiện các phong trào thi đua năm 2023, /,
    );
    expect(draft().closing).toMatch(/theo quy định\.\/\.$/);
  });

  it('reads the recipients and the archive line', () => {
    expect(draft().recipients).toEqual(
      [
        'Tổng Liên đoàn LĐVN',
        'Hội đồng TĐKT tỉnh',
        'Thường trực, các ban LĐLĐ tỉnh',
        'LĐLĐ các huyện, thành phố',
        'Các CĐ ngành',
        'Các CĐCS trực thuộc',
      ].map((name) => ({ name, purpose: null })),
    );
    expect(draft().archive).toBe('Lưu: VP, ban CSPL&QHLD');
  });

  it('reads the signature whose name comes after "Nơi nhận"', () => {
    expect(draft().signature).toEqual({
      mode: 'TM',
      body: 'BAN THƯỜNG VỤ',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Ngô Chí Thục',
    });
  });

  it('places every line and recognises every field', () => {
    expect(result.leftovers).toEqual([]);
    expect(result.missing).toEqual([]);
  });
});
