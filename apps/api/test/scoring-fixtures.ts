import { INestApplication } from '@nestjs/common';
import {
  CreateCriteriaSetRequest,
  CriteriaSetDto,
  OrgUnitDetailDto,
  PlanDto,
} from '@thidua/shared/contracts';
import { caller } from './plan-world';
import { planContent } from './plan-fixtures';

/**
 * A small scoring table: two groups, 30 points, 5 bonus; "Xuất sắc" needs 25 points and no
 * criterion under half its points, "Khá" 18, "Đạt" 10.
 */
export function criteriaSetBody(overrides: Partial<CreateCriteriaSetRequest> = {}): CreateCriteriaSetRequest {
  return {
    name: 'Bảng chấm điểm thử',
    description: null,
    year: 2026,
    groups: [
      {
        code: 'I',
        name: 'Công tác tổ chức',
        criteria: [
          { code: '1.1', text: 'Phát triển đoàn viên', maxPoints: 10, guidance: null },
          { code: '1.2', text: 'Sinh hoạt Ban Chấp hành', maxPoints: 10, guidance: 'Đủ 12 kỳ: 10 điểm.' },
        ],
      },
      {
        code: 'II',
        name: 'Phong trào thi đua',
        criteria: [{ code: '2.1', text: 'Sáng kiến được công nhận', maxPoints: 10, guidance: null }],
      },
    ],
    bonusMax: 5,
    bonusGuidance: null,
    bands: [
      { name: 'Xuất sắc', minTotal: 25, minCriterionRatio: 0.5 },
      { name: 'Khá', minTotal: 18, minCriterionRatio: null },
      { name: 'Đạt', minTotal: 10, minCriterionRatio: null },
    ],
    ...overrides,
  };
}

/** Points for every criterion of criteriaSetBody(). */
export const points = (p11: number, p12: number, p21: number) => [
  { code: '1.1', points: p11, note: null },
  { code: '1.2', points: p12, note: null },
  { code: '2.1', points: p21, note: null },
];

/** Scoring calls of one test app: a published set, an issued plan scoring with it. */
export function scoringSteps(api: INestApplication) {
  const call = caller(api);
  return {
    call,
    async publishedSet(officer: string, overrides: Partial<CreateCriteriaSetRequest> = {}) {
      const draft = await call<CriteriaSetDto>(
        'post',
        '/criteria-sets',
        officer,
        criteriaSetBody(overrides),
        201,
      );
      return call<CriteriaSetDto>('post', `/criteria-sets/${draft.id}/publish`, officer);
    },
    async issuedPlan(officer: string, leader: string, recipients: OrgUnitDetailDto[], setId?: string) {
      const draft = await call<PlanDto>(
        'post',
        '/plans',
        officer,
        { content: planContent(), recipientUnitIds: recipients.map((u) => u.id) },
        201,
      );
      await call('post', `/plans/${draft.id}/transitions`, officer, { transition: 'submit' });
      const plan = await call<PlanDto>('post', `/plans/${draft.id}/transitions`, leader, {
        transition: 'issue',
      });
      if (setId) await call('put', `/plans/${plan.id}/scoring`, officer, { criteriaSetId: setId });
      return plan;
    },
    /** The unit scores itself and submits. */
    async selfScored(plan: PlanDto, unit: OrgUnitDetailDto, as: string, given = points(8, 9, 7)) {
      const path = `/plans/${plan.id}/scorecards/${unit.id}`;
      await call('put', path, as, { version: 0, items: given, bonus: null });
      await call('post', `${path}/submit`, as);
    },
    /** The level above finalises the unit's own scores. */
    async finalised(plan: PlanDto, unit: OrgUnitDetailDto, as: string) {
      await call('post', `/plans/${plan.id}/scorecards/${unit.id}/decision`, as, { decision: 'finalize' });
    },
  };
}
