import { Bilingual } from './bilingual';

/** Registrations, phase reports and their evidence. */
export const PARTICIPATION_ERRORS = {
  participation_closed: {
    vi: 'Kế hoạch đang ở trạng thái «{status}»: không nhận đăng ký hoặc báo cáo lúc này.',
    en: 'The plan is "{status}": it takes no registrations or reports now.',
  },
  participation_not_editable: {
    vi: 'Bản này đang ở trạng thái «{status}», không sửa được. Chỉ sửa bản nháp hoặc bản bị trả lại.',
    en: 'This one is "{status}" and cannot be changed. Only drafts and returned ones can.',
  },
  participation_not_submitted: {
    vi: 'Chỉ xét duyệt được bản đã gửi; bản này đang «{status}».',
    en: 'Only submitted ones can be reviewed; this one is "{status}".',
  },
  participation_not_saved: {
    vi: 'Hãy lưu nội dung trước khi gửi.',
    en: 'Save the content before submitting it.',
  },
  participation_version_conflict: {
    vi: 'Nội dung vừa được người khác lưu. Hãy tải lại để xem bản mới nhất rồi sửa tiếp.',
    en: 'Someone else saved this meanwhile. Reload to see the latest version, then edit again.',
  },
  participation_review_own_unit: {
    vi: 'Việc xét duyệt do cấp trên của đơn vị thực hiện, không tự duyệt cho đơn vị mình.',
    en: 'Reviews are made by the level above; a unit cannot review its own.',
  },
  participation_return_comment: {
    vi: 'Hãy ghi rõ lý do trả lại để đơn vị biết cần bổ sung gì.',
    en: 'Say why it is returned, so the unit knows what to add.',
  },
  report_indicator_unknown: {
    vi: 'Chỉ tiêu thứ {index} không có trong bản đăng ký của đơn vị.',
    en: 'Target {index} is not in the unit’s registration.',
  },
  evidence_type: {
    vi: 'Tệp minh chứng phải là PDF, ảnh JPG/PNG, Word (.docx) hoặc Excel (.xlsx); nội dung tệp này không phải các loại đó.',
    en: 'Evidence must be a PDF, a JPG/PNG image, a Word (.docx) or Excel (.xlsx) file; this file’s content is none of these.',
  },
  evidence_too_large: {
    vi: 'Tệp minh chứng tối đa 10 MB.',
    en: 'An evidence file may be at most 10 MB.',
  },
} satisfies Record<string, Bilingual>;
