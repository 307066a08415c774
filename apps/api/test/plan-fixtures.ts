import { PlanContent } from '@thidua/shared/contracts';

/** A complete plan content for tests: two phases of 2026, one recipient line, a signer. */
export function planContent(overrides: Partial<PlanContent> = {}): PlanContent {
  return {
    docNo: null,
    docSymbol: 'KH-LĐ',
    place: 'Thử',
    issuedDate: null,
    year: 2026,
    title: 'Phát động phong trào thi đua yêu nước năm 2026',
    bases: [],
    context: null,
    purposes: ['Động viên đoàn viên thi đua lao động giỏi.'],
    theme: 'Đổi mới, sáng tạo',
    activityTheme: null,
    contentIntro: null,
    contentItems: [{ number: '1', text: 'Thi đua hoàn thành nhiệm vụ.' }],
    movements: [],
    phases: [
      { name: 'Đợt 1', from: '2026-01-01', to: '2026-06-30', focus: 'Chào mừng 1/5.', commemorations: [] },
      { name: 'Đợt 2', from: '2026-07-01', to: '2026-12-31', focus: 'Về đích.', commemorations: [] },
    ],
    duties: [],
    reportingChannel: null,
    closing: null,
    recipients: [{ name: 'Tổng Liên đoàn', purpose: 'report' }],
    archive: 'Lưu Văn thư',
    signature: { mode: 'TM', body: 'BAN THƯỜNG VỤ', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Thử' },
    ...overrides,
  };
}
