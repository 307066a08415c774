import { CriteriaSetDto, PlanDashboardDto, ScorecardDto } from '@thidua/shared/contracts';

export const PLAN_REF = {
  id: 'plan-22',
  numberText: '22/KH-LĐ',
  title: 'Phát động phong trào thi đua năm 2026',
};
export const UNIT = { id: 'unit-1', code: 'CDCS-001', name: 'Công đoàn cơ sở Trường Tiểu học Nha Trang' };

/** A small set: two groups, 100 points, 10 bonus, three bands (the highest also needs half of each criterion). */
export function criteriaSet(patch: Partial<CriteriaSetDto> = {}): CriteriaSetDto {
  return {
    id: 'set-1',
    name: 'Bảng chấm điểm công đoàn cơ sở',
    year: 2026,
    status: 'published',
    source: 'tenant',
    maxTotal: 100,
    criteriaCount: 3,
    planCount: 1,
    updatedAt: '2026-01-05T08:00:00Z',
    description: null,
    copiedFrom: null,
    version: 2,
    editable: false,
    publishable: false,
    deletable: false,
    groups: [
      {
        code: 'I',
        name: 'Chăm lo, bảo vệ đoàn viên',
        criteria: [
          {
            code: '1.1',
            text: 'Thương lượng thỏa ước lao động tập thể',
            maxPoints: 40,
            guidance: 'Có biên bản',
          },
          { code: '1.2', text: 'Tổ chức hội nghị người lao động', maxPoints: 20, guidance: null },
        ],
      },
      {
        code: 'II',
        name: 'Xây dựng tổ chức',
        criteria: [{ code: '2.1', text: 'Phát triển đoàn viên', maxPoints: 40, guidance: null }],
      },
    ],
    bonusMax: 10,
    bonusGuidance: 'Sáng kiến được công nhận',
    bands: [
      { name: 'Vững mạnh xuất sắc', minTotal: 85, minCriterionRatio: 0.5 },
      { name: 'Vững mạnh', minTotal: 70, minCriterionRatio: null },
      { name: 'Hoàn thành nhiệm vụ', minTotal: 50, minCriterionRatio: null },
    ],
    ...patch,
  };
}

export function scorecardDto(patch: Partial<ScorecardDto> = {}): ScorecardDto {
  return {
    id: 'card-1',
    plan: PLAN_REF,
    unit: UNIT,
    criteriaSet: criteriaSet(),
    status: 'draft',
    items: [],
    bonusSelf: null,
    bonusSelfNote: null,
    bonusReview: null,
    bonusReviewNote: null,
    selfTotal: 0,
    selfBand: null,
    reviewTotal: null,
    reviewBand: null,
    finalTotal: null,
    finalBand: null,
    evidence: [],
    submittedAt: null,
    finalizedAt: null,
    decisionComment: null,
    version: 3,
    updatedAt: '2026-03-01T08:00:00Z',
    editable: true,
    reviewable: false,
    reopenable: false,
    ...patch,
  };
}

/** A scorecard the unit submitted: 38 + 18 + 35 and 5 bonus = 96. */
export function submittedCard(patch: Partial<ScorecardDto> = {}): ScorecardDto {
  return scorecardDto({
    status: 'submitted',
    items: [
      { code: '1.1', self: 38, selfNote: 'Có biên bản', review: null, reviewNote: null },
      { code: '1.2', self: 18, selfNote: null, review: null, reviewNote: null },
      { code: '2.1', self: 35, selfNote: null, review: null, reviewNote: null },
    ],
    bonusSelf: 5,
    selfTotal: 96,
    selfBand: 'Vững mạnh xuất sắc',
    submittedAt: '2026-03-02T08:00:00Z',
    editable: false,
    ...patch,
  });
}

export function dashboardDto(patch: Partial<PlanDashboardDto> = {}): PlanDashboardDto {
  return {
    plan: PLAN_REF,
    recipients: 4,
    acknowledged: 3,
    registrations: { draft: 1, submitted: 1, accepted: 1, returned: 0, late: 1, rate: 0.5 },
    phases: [
      {
        phaseId: 'phase-1',
        name: 'Đợt 1',
        dueDate: '2026-07-10',
        sent: 3,
        accepted: 2,
        onTime: 2,
        late: 1,
        onTimeRate: 0.5,
      },
    ],
    scores: {
      criteriaSet: { id: 'set-1', name: 'Bảng chấm điểm', maxTotal: 100, bonusMax: 10 },
      draft: 1,
      submitted: 0,
      returned: 0,
      final: 2,
      averageFinal: 77.25,
      bands: [
        { index: 0, name: 'Vững mạnh xuất sắc', count: 1 },
        { index: 1, name: 'Vững mạnh', count: 0 },
        { index: 2, name: 'Hoàn thành nhiệm vụ', count: 1 },
      ],
      unbanded: 0,
      histogram: [
        { from: 50, to: 60, count: 1 },
        { from: 60, to: 70, count: 0 },
        { from: 90, to: 100, count: 1 },
      ],
    },
    clusters: [],
    ...patch,
  };
}
