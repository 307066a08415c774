/**
 * National days and anniversaries that emulation plans are framed around (domain brief §6).
 * `source` says how sure we are of the base year: 'seed' — checked against the two seed plans;
 * 'background' — common knowledge not yet checked against an official text.
 */
export interface NationalDay {
  key: string;
  month: number;
  day: number;
  baseYear: number;
  /** As plans write it after "kỷ niệm N năm". */
  name: string;
  source: 'seed' | 'background';
}

export const NATIONAL_DAYS: readonly NationalDay[] = [
  {
    key: 'party-founding',
    month: 2,
    day: 3,
    baseYear: 1930,
    name: 'Ngày thành lập Đảng Cộng sản Việt Nam',
    source: 'seed',
  },
  {
    key: 'doctors-day',
    month: 2,
    day: 27,
    baseYear: 1955,
    name: 'Ngày Thầy thuốc Việt Nam',
    source: 'background',
  },
  { key: 'womens-day', month: 3, day: 8, baseYear: 1910, name: 'Ngày Quốc tế Phụ nữ', source: 'background' },
  {
    key: 'youth-union',
    month: 3,
    day: 26,
    baseYear: 1931,
    name: 'Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    source: 'background',
  },
  {
    key: 'reunification',
    month: 4,
    day: 30,
    baseYear: 1975,
    name: 'Ngày giải phóng miền Nam, thống nhất đất nước',
    source: 'seed',
  },
  { key: 'labour-day', month: 5, day: 1, baseYear: 1886, name: 'Ngày Quốc tế Lao động', source: 'seed' },
  {
    key: 'dien-bien-phu',
    month: 5,
    day: 7,
    baseYear: 1954,
    name: 'Chiến thắng Điện Biên Phủ',
    source: 'background',
  },
  {
    key: 'ho-chi-minh-birthday',
    month: 5,
    day: 19,
    baseYear: 1890,
    name: 'Ngày sinh Chủ tịch Hồ Chí Minh',
    source: 'seed',
  },
  {
    key: 'call-to-emulate',
    month: 6,
    day: 11,
    baseYear: 1948,
    name: 'Ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi thi đua ái quốc',
    source: 'seed',
  },
  {
    key: 'press-day',
    month: 6,
    day: 21,
    baseYear: 1925,
    name: 'Ngày Báo chí Cách mạng Việt Nam',
    source: 'background',
  },
  {
    key: 'family-day',
    month: 6,
    day: 28,
    baseYear: 2001,
    name: 'Ngày Gia đình Việt Nam',
    source: 'background',
  },
  {
    key: 'invalids-martyrs',
    month: 7,
    day: 27,
    baseYear: 1947,
    name: 'Ngày Thương binh – Liệt sĩ',
    source: 'background',
  },
  {
    key: 'trade-union-founding',
    month: 7,
    day: 28,
    baseYear: 1929,
    name: 'Ngày thành lập Công đoàn Việt Nam',
    source: 'seed',
  },
  {
    key: 'august-revolution',
    month: 8,
    day: 19,
    baseYear: 1945,
    name: 'Cách mạng tháng Tám',
    source: 'seed',
  },
  {
    key: 'national-day',
    month: 9,
    day: 2,
    baseYear: 1945,
    name: 'Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam',
    source: 'seed',
  },
  {
    key: 'capital-liberation',
    month: 10,
    day: 10,
    baseYear: 1954,
    name: 'Ngày Giải phóng Thủ đô',
    source: 'background',
  },
  {
    key: 'entrepreneurs-day',
    month: 10,
    day: 13,
    baseYear: 2004,
    name: 'Ngày Doanh nhân Việt Nam',
    source: 'background',
  },
  {
    key: 'womens-union',
    month: 10,
    day: 20,
    baseYear: 1930,
    name: 'Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam',
    source: 'background',
  },
  {
    key: 'fatherland-front',
    month: 11,
    day: 18,
    baseYear: 1930,
    name: 'Ngày truyền thống Mặt trận Tổ quốc Việt Nam',
    source: 'background',
  },
  {
    key: 'teachers-day',
    month: 11,
    day: 20,
    baseYear: 1982,
    name: 'Ngày Nhà giáo Việt Nam',
    source: 'background',
  },
  {
    key: 'peoples-army',
    month: 12,
    day: 22,
    baseYear: 1944,
    name: 'Ngày thành lập Quân đội nhân dân Việt Nam',
    source: 'background',
  },
];
