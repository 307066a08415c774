import { ClusterDto, CriteriaSetDto, PlanDto, PlanScoringDto } from '@thidua/shared/contracts';

export const PLAN_REF = {
  id: 'plan-7',
  numberText: '07/KH-LĐLĐ',
  title: 'Thi đua trong trường học năm 2027',
};
export const UNIT_A = { id: 'unit-a', code: 'CDCS-001', name: 'Công đoàn cơ sở Trường Tiểu học Nha Trang' };
export const UNIT_B = {
  id: 'unit-b',
  code: 'CDCS-002',
  name: 'Công đoàn cơ sở Trường Trung học cơ sở Nha Trang',
};
export const UNIT_C = { id: 'unit-c', code: 'XA-002', name: 'Công đoàn phường Bắc Nha Trang' };

export function criteriaSetDto(patch: Partial<CriteriaSetDto> = {}): CriteriaSetDto {
  return {
    id: 'set-1',
    name: 'Bảng chấm điểm năm 2027',
    year: 2027,
    status: 'draft',
    source: 'tenant',
    maxTotal: 30,
    criteriaCount: 3,
    planCount: 0,
    updatedAt: '2027-01-10T03:00:00Z',
    description: null,
    copiedFrom: null,
    version: 3,
    editable: true,
    publishable: true,
    deletable: true,
    groups: [
      {
        code: 'I',
        name: 'Công tác tổ chức',
        criteria: [
          { code: '1.1', text: 'Phát triển đoàn viên', maxPoints: 10, guidance: null },
          { code: '1.2', text: 'Thành lập công đoàn cơ sở', maxPoints: 5, guidance: 'Có quyết định' },
        ],
      },
      {
        code: 'II',
        name: 'Chăm lo đời sống',
        criteria: [{ code: '2.1', text: 'Thương lượng tập thể', maxPoints: 15, guidance: null }],
      },
    ],
    bonusMax: 5,
    bonusGuidance: null,
    bands: [
      { name: 'Vững mạnh xuất sắc', minTotal: 28, minCriterionRatio: 0.5 },
      { name: 'Vững mạnh', minTotal: 20, minCriterionRatio: null },
    ],
    ...patch,
  };
}

export function planDto(patch: Partial<PlanDto> = {}): PlanDto {
  return {
    id: PLAN_REF.id,
    numberText: PLAN_REF.numberText,
    title: PLAN_REF.title,
    status: 'issued',
    recipientUnits: [UNIT_A, UNIT_B, UNIT_C],
    ...patch,
  } as unknown as PlanDto;
}

export function scoringDto(patch: Partial<PlanScoringDto> = {}): PlanScoringDto {
  return {
    planId: PLAN_REF.id,
    criteriaSet: null,
    scorecardCount: 0,
    changeable: true,
    clustersEditable: true,
    ...patch,
  };
}

export function clusterDto(patch: Partial<ClusterDto> = {}): ClusterDto {
  return {
    id: 'cluster-1',
    plan: PLAN_REF,
    name: 'Cụm thi đua số 1',
    kind: 'cluster',
    memberCount: 2,
    head: UNIT_A,
    covenantSignedOn: null,
    updatedAt: '2027-02-01T03:00:00Z',
    description: null,
    covenant: null,
    standings: [
      {
        unit: UNIT_A,
        position: null,
        scorecardStatus: null,
        finalTotal: null,
        finalBand: null,
        selfTotal: null,
      },
      {
        unit: UNIT_B,
        position: null,
        scorecardStatus: null,
        finalTotal: null,
        finalBand: null,
        selfTotal: null,
      },
    ],
    leader: null,
    version: 1,
    editable: true,
    ...patch,
  };
}
