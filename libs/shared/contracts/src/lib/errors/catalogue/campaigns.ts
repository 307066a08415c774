import { Bilingual } from './bilingual';

/** Plans, their life cycle, distribution and import, and the movement catalogue. */
export const CAMPAIGN_ERRORS = {
  plan_transition_not_allowed: {
    vi: 'Không thể «{transition}» khi kế hoạch đang ở trạng thái «{status}».',
    en: 'Cannot "{transition}" a plan that is "{status}".',
  },
  plan_comment_required: {
    vi: 'Hãy ghi rõ lý do trả lại để người soạn biết cần sửa gì.',
    en: 'Say why the plan is returned, so the drafter knows what to change.',
  },
  plan_not_editable: {
    vi: 'Chỉ sửa được kế hoạch ở trạng thái dự thảo; kế hoạch này đang «{status}».',
    en: 'Only drafts can be edited; this plan is "{status}".',
  },
  plan_version_conflict: {
    vi: 'Kế hoạch vừa được người khác lưu. Hãy tải lại để xem bản mới nhất rồi sửa tiếp.',
    en: 'Someone else saved this plan meanwhile. Reload to see the latest version, then edit again.',
  },
  plan_incomplete: {
    vi: 'Kế hoạch còn thiếu thông tin, chưa thể ban hành.',
    en: 'The plan is missing information and cannot be issued yet.',
  },
  plan_number_taken: {
    vi: 'Số {number} năm {year} đã được cấp cho văn bản khác của đơn vị này.',
    en: 'Number {number} of {year} is already used by another document of this issuer.',
  },
  plan_phase_dates: {
    vi: '«{name}»: ngày bắt đầu phải trước hoặc trùng ngày kết thúc.',
    en: '"{name}": the start date must not be after the end date.',
  },
  plan_unit_unknown: {
    vi: 'Không tìm thấy đơn vị đã chọn, hoặc đơn vị đã giải thể.',
    en: 'A chosen unit was not found or is closed.',
  },
  plan_not_received: {
    vi: 'Đơn vị «{unit}» chưa nhận kế hoạch này nên chưa thể xây dựng kế hoạch triển khai từ nó.',
    en: 'Unit "{unit}" has not received this plan, so it cannot build its own plan from it.',
  },
  plan_not_issued: {
    vi: 'Kế hoạch chưa được ban hành.',
    en: 'The plan has not been issued yet.',
  },
  plan_import_unsupported_file: {
    vi: 'Chỉ nhận văn bản .docx, .txt hoặc .md (nội dung tệp không phải các định dạng này).',
    en: 'Only .docx, .txt or .md documents are accepted (the file content is none of these).',
  },
  plan_import_too_long: {
    vi: 'Văn bản quá dài để nhập (tối đa 200.000 ký tự).',
    en: 'The document is too long to import (at most 200,000 characters).',
  },
  plan_import_empty: {
    vi: 'Không có nội dung để nhập: hãy chọn tệp hoặc dán văn bản.',
    en: 'Nothing to import: choose a file or paste the text.',
  },
  movement_read_only: {
    vi: 'Phong trào này thuộc danh mục chung ({source}), không sửa được.',
    en: 'This movement comes from a shared catalogue ({source}) and cannot be edited.',
  },
  movement_name_taken: {
    vi: 'Danh mục đã có phong trào «{name}».',
    en: 'The catalogue already has a movement named "{name}".',
  },
  movement_years: {
    vi: 'Năm kết thúc phải sau hoặc bằng năm bắt đầu.',
    en: 'The end year must not be before the start year.',
  },
} satisfies Record<string, Bilingual>;
