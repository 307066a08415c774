import { Bilingual } from './bilingual';

/** The organisation tree and its imports. */
export const ORG_ERRORS = {
  org_code_taken: {
    vi: 'Mã đơn vị «{code}» đã được dùng cho đơn vị khác.',
    en: 'Unit code "{code}" is already used by another unit.',
  },
  org_child_type_not_allowed: {
    vi: 'Đơn vị loại «{childType}» không thể trực thuộc đơn vị loại «{parentType}».',
    en: 'A "{childType}" cannot sit under a "{parentType}".',
  },
  org_unit_not_active: {
    vi: 'Đơn vị «{name}» đã giải thể hoặc sáp nhập, không thể thay đổi.',
    en: 'Unit "{name}" is closed or merged and cannot be changed.',
  },
  org_move_into_own_subtree: {
    vi: 'Không thể chuyển đơn vị «{name}» vào chính nó hoặc đơn vị cấp dưới của nó.',
    en: 'Unit "{name}" cannot move under itself or one of its own units.',
  },
  org_effective_date_too_early: {
    vi: 'Ngày hiệu lực phải từ {date} trở đi (sau lần thay đổi gần nhất của đơn vị «{name}»).',
    en: 'The effective date must be {date} or later (after the last change of unit "{name}").',
  },
  org_has_active_children: {
    vi: 'Đơn vị «{name}» còn {count} đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc giải thể chúng trước.',
    en: 'Unit "{name}" still has {count} active units under it; move or close them first.',
  },
  org_merge_sources: {
    vi: 'Cần ít nhất một đơn vị được sáp nhập, khác với đơn vị tiếp nhận.',
    en: 'A merge needs at least one source unit other than the receiving unit.',
  },
  org_split_targets: {
    vi: 'Chia tách cần ít nhất hai đơn vị mới.',
    en: 'A split needs at least two new units.',
  },
  import_file_type: {
    vi: 'Tệp phải là bảng tính Excel (.xlsx) hoặc CSV (UTF-8); nội dung tệp đã gửi không đúng định dạng này.',
    en: 'The file must be an Excel workbook (.xlsx) or a UTF-8 CSV; the content sent is neither.',
  },
  import_file_too_large: {
    vi: 'Tệp quá lớn hoặc giải nén ra quá lớn (tối đa {limit}).',
    en: 'The file, or its unpacked content, is too large (at most {limit}).',
  },
  import_not_found: {
    vi: 'Không tìm thấy lượt nhập dữ liệu {importId}.',
    en: 'Import {importId} was not found.',
  },
} satisfies Record<string, Bilingual>;
