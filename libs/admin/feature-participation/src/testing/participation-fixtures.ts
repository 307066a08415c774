import { PhaseReportDto, PlanDto, RegistrationDto } from '@thidua/shared/contracts';

export const PLAN_REF = {
  id: 'plan-22',
  numberText: '22/KH-LĐ',
  title: 'Phát động phong trào thi đua năm 2024',
};
export const UNIT = { id: 'unit-1', code: 'CDCS-001', name: 'Công đoàn cơ sở Trường Tiểu học Nha Trang' };

/** Only what the registration form reads of a plan: its movements. */
export function planWithMovements(names: string[]): PlanDto {
  return {
    id: PLAN_REF.id,
    content: { movements: names.map((name) => ({ name, movementId: null })) },
  } as unknown as PlanDto;
}

export function registrationDto(patch: Partial<RegistrationDto> = {}): RegistrationDto {
  return {
    id: null,
    plan: PLAN_REF,
    unit: UNIT,
    status: 'draft',
    deadline: '2024-03-15',
    submittedAt: null,
    late: false,
    reviewComment: null,
    reviewedAt: null,
    reviewerName: null,
    version: 0,
    updatedAt: null,
    editable: true,
    reviewable: false,
    movements: [],
    targets: [],
    collectiveTitles: [],
    individualTitles: [],
    ...patch,
  };
}

export function reportDto(patch: Partial<PhaseReportDto> = {}): PhaseReportDto {
  return {
    id: 'report-1',
    plan: PLAN_REF,
    phase: { id: 'phase-1', name: 'Đợt 1', from: '2024-01-01', to: '2024-07-31', dueDate: '2024-08-10' },
    unit: UNIT,
    status: 'draft',
    narrative: '',
    indicators: [],
    targets: [
      { content: 'Kết nạp đoàn viên mới', unitOfMeasure: 'đoàn viên', plannedValue: 20 },
      { content: 'Sáng kiến được công nhận', unitOfMeasure: 'sáng kiến', plannedValue: 4 },
    ],
    evidence: [],
    submittedAt: null,
    onTime: null,
    reviewComment: null,
    reviewedAt: null,
    reviewerName: null,
    version: 3,
    updatedAt: '2024-05-01T08:00:00Z',
    editable: true,
    reviewable: false,
    ...patch,
  };
}
