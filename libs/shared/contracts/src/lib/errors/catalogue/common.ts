import { Bilingual } from './bilingual';

/** Errors of the HTTP layer and the platform, used by every context. */
export const COMMON_ERRORS = {
  bad_request: { vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' },
  validation_failed: {
    vi: 'Dữ liệu gửi lên chưa hợp lệ: {count} lỗi, xem chi tiết từng trường.',
    en: 'The submitted data is not valid: {count} problem(s), see each field.',
  },
  malformed_json: {
    vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  },
  payload_too_large: {
    vi: 'Nội dung gửi lên quá lớn (tối đa {limit}).',
    en: 'The request body is too large (at most {limit}).',
  },
  unauthorized: { vi: 'Bạn cần đăng nhập để tiếp tục.', en: 'You need to sign in to continue.' },
  forbidden: {
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  not_found: { vi: 'Không tìm thấy dữ liệu yêu cầu.', en: 'The requested item was not found.' },
  route_not_found: {
    vi: 'Không có đường dẫn {method} {path}.',
    en: 'There is no route {method} {path}.',
  },
  conflict: { vi: 'Dữ liệu đã bị thay đổi hoặc đã tồn tại.', en: 'The data changed or already exists.' },
  too_many_requests: {
    vi: 'Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút.',
    en: 'Too many requests; please try again in a few minutes.',
  },
  service_unavailable: {
    vi: 'Hệ thống tạm thời không sẵn sàng ({service}). Vui lòng thử lại sau.',
    en: 'The system is temporarily unavailable ({service}). Please try again later.',
  },
  internal_error: {
    vi: 'Đã xảy ra lỗi hệ thống. Mã yêu cầu: {requestId}. Vui lòng báo cho quản trị viên.',
    en: 'Something went wrong on our side. Request id: {requestId}. Please tell an administrator.',
  },
  job_not_found: { vi: 'Không tìm thấy tác vụ {jobId}.', en: 'Job {jobId} was not found.' },
} satisfies Record<string, Bilingual>;
