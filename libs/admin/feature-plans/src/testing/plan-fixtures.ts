import {
  PLAN_IMPORT_FIELDS,
  PlanContent,
  PlanDto,
  PlanImportField,
  PlanImportResult,
  PlanListItemDto,
  PlanTemplateDto,
} from '@thidua/shared/contracts';

/** Seed A: Khánh Hòa LĐLĐ plan 22/KH-LĐ of 26/01/2024 (domain brief §1), shortened. */
export function seedContent(patch: Partial<PlanContent> = {}): PlanContent {
  return {
    docNo: 22,
    docSymbol: 'KH-LĐ',
    place: 'Khánh Hòa',
    issuedDate: '2024-01-26',
    year: 2024,
    title: 'Phát động phong trào thi đua yêu nước trong CNVCLĐ tỉnh Khánh Hòa năm 2024',
    bases: [
      {
        docType: 'Kế hoạch',
        number: '09/KH-TLĐ',
        date: '2023-12-27',
        issuer: 'Tổng Liên đoàn Lao động Việt Nam',
        summary: 'tổ chức phong trào thi đua năm 2024',
      },
    ],
    context: null,
    purposes: ['Đẩy mạnh phong trào thi đua yêu nước trong CNVCLĐ.'],
    theme: 'Đổi mới, sáng tạo, thi đua đưa Nghị quyết vào cuộc sống',
    activityTheme: null,
    contentIntro: null,
    contentItems: [{ number: '2.1', text: 'Phong trào **Lao động giỏi, Lao động sáng tạo**.' }],
    movements: [{ name: 'Lao động giỏi, Lao động sáng tạo', movementId: 'mv-1' }],
    phases: [
      {
        name: 'Đợt 1',
        from: '2024-01-01',
        to: '2024-07-31',
        focus: 'Chào mừng các ngày lễ lớn',
        commemorations: [
          {
            dayKey: 'trade-union-founding',
            text: 'kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/2024)',
          },
        ],
      },
    ],
    duties: [
      { level: 'Liên đoàn Lao động tỉnh', unitTypeCodes: [], items: ['Chỉ đạo, hướng dẫn, kiểm tra.'] },
    ],
    reportingChannel: null,
    closing: null,
    recipients: [{ name: 'Tổng Liên đoàn', purpose: 'report' }],
    archive: 'Lưu: VT',
    signature: {
      mode: 'TM',
      body: 'BAN THƯỜNG VỤ',
      title: 'PHÓ CHỦ TỊCH THƯỜNG TRỰC',
      name: 'Bùi Đăng Thành',
    },
    ...patch,
  };
}

export function listItem(i: number, patch: Partial<PlanListItemDto> = {}): PlanListItemDto {
  return {
    id: `plan-${i}`,
    numberText: `${i}/KH-LĐ`,
    title: `Kế hoạch thi đua số ${i}`,
    year: 2024,
    status: 'issued',
    issuer: { id: 'root', code: 'LDLD-KH', name: 'Liên đoàn Lao động tỉnh Khánh Hòa' },
    issuedDate: '2024-01-26',
    parentPlanId: null,
    recipientCount: 40,
    acknowledgedCount: 12,
    updatedAt: '2024-01-26T08:00:00Z',
    ...patch,
  };
}

export function planDto(patch: Partial<PlanDto> = {}): PlanDto {
  const base = listItem(22, { numberText: '22/KH-LĐ', title: seedContent().title });
  return {
    ...base,
    content: seedContent(),
    phases: [],
    parentPlan: null,
    recipientUnits: [
      { id: 'u-nt', code: 'CDP-NT', name: 'Công đoàn phường Nha Trang' },
      { id: 'u-cr', code: 'CDP-CR', name: 'Công đoàn phường Cam Ranh' },
    ],
    version: 3,
    createdAt: '2024-01-20T08:00:00Z',
    allowedTransitions: [],
    editable: false,
    deletable: false,
    myReceipts: [],
    header: {
      superior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH HÒA',
    },
    ...patch,
  };
}

export function importResult(patch: Partial<PlanImportResult> = {}): PlanImportResult {
  const missing: PlanImportField[] = [
    'docNo',
    'context',
    'activityTheme',
    'contentIntro',
    'reportingChannel',
    'closing',
  ];
  return {
    draft: seedContent({ docNo: null }),
    recognised: PLAN_IMPORT_FIELDS.filter((f) => !missing.includes(f)),
    missing,
    leftovers: [{ line: 57, text: 'Các đơn vị gửi ảnh hoạt động về Văn phòng.' }],
    warnings: ['Ngày “17/2/2023” viết thiếu số 0 (Nghị định 30 yêu cầu “17/02/2023”).'],
    ...patch,
  };
}

/** GET /api/plans/template for the federation (root unit) of Khánh Hòa. */
export function templateDto(patch: Partial<PlanTemplateDto> = {}): PlanTemplateDto {
  return {
    issuer: { id: 'root', code: 'LDLD', name: 'Liên đoàn Lao động tỉnh Khánh Hòa' },
    header: {
      superior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH HÒA',
    },
    content: {
      ...seedContent(),
      docNo: null,
      docSymbol: 'KH-LĐ',
      place: 'Khánh Hòa',
      issuedDate: null,
      year: 2025,
      title: '',
      bases: [],
      purposes: [],
      theme: null,
      contentItems: [],
      movements: [],
      phases: [],
      duties: [],
      recipients: [],
      archive: 'Lưu: VT',
      signature: { mode: 'TM', body: 'BAN THƯỜNG VỤ', title: 'CHỦ TỊCH', name: '' },
    },
    ...patch,
  };
}
