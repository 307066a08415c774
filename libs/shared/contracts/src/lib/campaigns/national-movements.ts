import { MovementKind } from './movement.contracts';

export interface NationalMovement {
  /** Stable key: the seed is idempotent and a tenant's copy can be traced back. */
  key: string;
  name: string;
  kind: MovementKind;
  launcher: string;
  fromYear: number | null;
  toYear: number | null;
  /** Other ways plans write the same name (matched accent- and punctuation-insensitively). */
  aliases?: string[];
}

/**
 * National movements and campaigns the union system runs or joins, seeded into every tenant's
 * catalogue with source `national` (names as the seed plans and domain brief §1 write them).
 */
export const NATIONAL_MOVEMENTS: readonly NationalMovement[] = [
  {
    key: 'lao-dong-gioi-sang-tao',
    name: 'Lao động giỏi, Lao động sáng tạo',
    kind: 'regular',
    launcher: 'Tổng Liên đoàn Lao động Việt Nam',
    fromYear: null,
    toYear: null,
  },
  {
    key: 'gioi-viec-nuoc-dam-viec-nha',
    name: 'Giỏi việc nước, Đảm việc nhà',
    kind: 'regular',
    launcher: 'Tổng Liên đoàn Lao động Việt Nam',
    fromYear: null,
    toYear: null,
  },
  {
    key: 'xanh-sach-dep-atvsld',
    name: 'Xanh – Sạch – Đẹp, Bảo đảm an toàn vệ sinh lao động',
    kind: 'regular',
    launcher: 'Tổng Liên đoàn Lao động Việt Nam',
    fromYear: null,
    toYear: null,
    aliases: ['Xanh, Sạch, Đẹp, Bảo đảm an toàn vệ sinh lao động', 'Xanh - Sạch - Đẹp, Bảo đảm ATVSLĐ'],
  },
  {
    key: 'doi-moi-sang-tao-cong-doan',
    name: 'Đổi mới, sáng tạo, hiệu quả trong hoạt động của tổ chức Công đoàn',
    kind: 'regular',
    launcher: 'Tổng Liên đoàn Lao động Việt Nam',
    fromYear: null,
    toYear: null,
  },
  {
    key: 'tham-muu-gioi-phuc-vu-tot',
    name: 'Tham mưu giỏi, phục vụ tốt',
    kind: 'regular',
    launcher: 'Tổng Liên đoàn Lao động Việt Nam',
    fromYear: null,
    toYear: null,
  },
  {
    key: 'doan-ket-vuot-kho',
    name: 'Đoàn kết cùng đoàn viên, người lao động vượt khó',
    kind: 'thematic',
    launcher: 'Tổng Liên đoàn Lao động Việt Nam',
    fromYear: 2023,
    toYear: null,
  },
  {
    key: 'cbccvc-noi-khong-tieu-cuc',
    name: 'Cán bộ, công chức, viên chức nói không với tiêu cực',
    kind: 'thematic',
    launcher: 'Tổng Liên đoàn Lao động Việt Nam',
    fromYear: null,
    toYear: null,
  },
  {
    key: 'mot-trieu-sang-kien',
    name: '1 triệu sáng kiến - nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch Covid-19',
    kind: 'thematic',
    launcher: 'Tổng Liên đoàn Lao động Việt Nam',
    fromYear: 2021,
    toYear: 2023,
  },
  {
    key: 'ha-tang-tiet-kiem',
    name: 'Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí',
    kind: 'thematic',
    launcher: 'Thủ tướng Chính phủ',
    fromYear: 2022,
    toYear: 2025,
  },
  {
    key: 'uu-tien-hang-viet',
    name: 'Người Việt Nam ưu tiên dùng hàng Việt Nam',
    kind: 'regular',
    launcher: 'Bộ Chính trị',
    fromYear: 2009,
    toYear: null,
  },
  {
    key: 'nong-thon-moi-do-thi-van-minh',
    name: 'Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh',
    kind: 'regular',
    launcher: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    fromYear: null,
    toYear: null,
  },
  {
    key: 'dan-van-kheo',
    name: 'Dân vận khéo',
    kind: 'regular',
    launcher: 'Ban Dân vận Trung ương',
    fromYear: null,
    toYear: null,
  },
  {
    key: 'bao-ve-an-ninh-to-quoc',
    name: 'Toàn dân bảo vệ an ninh Tổ quốc',
    kind: 'regular',
    launcher: 'Bộ Công an',
    fromYear: null,
    toYear: null,
  },
  {
    key: 'vi-nguoi-ngheo',
    name: 'Vì người nghèo - không để ai bị bỏ lại phía sau',
    kind: 'thematic',
    launcher: 'Thủ tướng Chính phủ',
    fromYear: 2021,
    toYear: 2025,
  },
];
