import { Bilingual } from './bilingual';

/** The organisation tree and its imports. */
export const ORG_ERRORS = {
  org_code_taken: {
    vi: 'Mã đơn vị «{code}» đã được dùng cho đơn vị khác.',
    en: 'Unit code "{code}" is already used by another unit.',
  },
  org_type_unknown: {
    vi: 'Loại đơn vị đã chọn không tồn tại hoặc chỉ còn dùng cho dữ liệu lịch sử.',
    en: 'The chosen unit type does not exist or is kept for history only.',
  },
  org_parent_unknown: {
    vi: 'Không tìm thấy đơn vị cấp trên đã chọn.',
    en: 'The chosen parent unit was not found.',
  },
  org_root_type: {
    vi: 'Đơn vị loại «{type}» phải có đơn vị cấp trên.',
    en: 'A "{type}" must have a parent unit.',
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
  org_effective_date_future: {
    vi: 'Ngày hiệu lực không được sau ngày hôm nay ({date}).',
    en: 'The effective date cannot be after today ({date}).',
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
  import_file_missing: {
    vi: 'Chưa chọn tệp để nhập (trường «file»).',
    en: 'No file was sent (field "file").',
  },
  import_missing_column: {
    vi: 'Thiếu cột «{column}» ở dòng tiêu đề.',
    en: 'The header row has no "{column}" column.',
  },
  import_empty: { vi: 'Tệp không có dòng dữ liệu nào.', en: 'The file has no data rows.' },
  import_too_many_rows: {
    vi: 'Tệp có {count} dòng, vượt quá giới hạn {limit} dòng mỗi lần nhập.',
    en: 'The file has {count} rows, more than the {limit} allowed in one import.',
  },
  import_required: { vi: 'Không được để trống.', en: 'Must not be empty.' },
  import_code_format: {
    vi: 'Mã chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (tối đa 40 ký tự).',
    en: 'A code has only unaccented letters, digits, dots, dashes and underscores (at most 40).',
  },
  import_code_duplicate: {
    vi: 'Mã «{code}» lặp lại ở dòng {other}.',
    en: 'Code "{code}" repeats on row {other}.',
  },
  import_code_exists: {
    vi: 'Mã «{code}» đã có trong cơ cấu tổ chức.',
    en: 'Code "{code}" already exists in the tree.',
  },
  import_type_unknown: {
    vi: 'Không có loại đơn vị «{type}» (dùng mã hoặc tên loại, ví dụ grassroots_union hoặc Công đoàn cơ sở).',
    en: 'There is no unit type "{type}" (use a type code or name, e.g. grassroots_union).',
  },
  import_parent_unknown: {
    vi: 'Không tìm thấy đơn vị cấp trên có mã «{code}» trong tệp hoặc trong cơ cấu đang hoạt động.',
    en: 'No parent with code "{code}" in the file or among active units.',
  },
  import_parent_type: {
    vi: 'Đơn vị loại «{childType}» không thể trực thuộc đơn vị loại «{parentType}».',
    en: 'A "{childType}" cannot sit under a "{parentType}".',
  },
  import_root_type: {
    vi: 'Đơn vị loại «{type}» phải có mã đơn vị cấp trên.',
    en: 'A "{type}" needs a parent code.',
  },
  import_member_count: {
    vi: 'Số đoàn viên phải là số nguyên không âm.',
    en: 'Member count must be a whole number, 0 or more.',
  },
  import_cycle: {
    vi: 'Đơn vị cấp trên tạo thành vòng lặp (một đơn vị trực thuộc chính nó).',
    en: 'The parent codes form a loop (a unit under itself).',
  },
  import_not_found: {
    vi: 'Không tìm thấy lượt nhập dữ liệu {importId}.',
    en: 'Import {importId} was not found.',
  },
} satisfies Record<string, Bilingual>;
