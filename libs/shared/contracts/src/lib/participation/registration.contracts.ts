import { PageQuery } from '../common/page';
import { PlanUnitRef } from '../campaigns/plan.contracts';

/** draft → submitted → accepted | returned (returned ones are edited and submitted again). */
export const REGISTRATION_STATUSES = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** A target (chỉ tiêu) the unit commits to: what, in which unit of measure, how much. */
export interface RegistrationTarget {
  content: string;
  /** e.g. `đoàn viên`, `%`, `sáng kiến`. */
  unitOfMeasure: string;
  plannedValue: number;
  note: string | null;
}

/** A title an individual of the unit aims for, e.g. "Chiến sĩ thi đua cơ sở". */
export interface IndividualAim {
  name: string;
  title: string;
}

/** What a unit registers (bản đăng ký thi đua). */
export interface RegistrationContent {
  /** Names of the plan's movements the unit joins. */
  movements: string[];
  targets: RegistrationTarget[];
  /** Titles the collective aims for, e.g. "Tập thể Lao động xuất sắc". */
  collectiveTitles: string[];
  individualTitles: IndividualAim[];
}

/** The plan a registration or report belongs to, as lists show it. */
export interface PlanRef {
  id: string;
  numberText: string | null;
  title: string;
}

export interface RegistrationDto extends RegistrationContent {
  /** Null until first saved. */
  id: string | null;
  plan: PlanRef;
  unit: PlanUnitRef;
  status: RegistrationStatus;
  /** Registration deadline of the plan (YYYY-MM-DD), if it sets one. */
  deadline: string | null;
  submittedAt: string | null;
  /** Submitted after the deadline. */
  late: boolean;
  reviewComment: string | null;
  reviewedAt: string | null;
  reviewerName: string | null;
  /** 0 until first saved; send it back with a change. */
  version: number;
  updatedAt: string | null;
  /** What the current user may do now. */
  editable: boolean;
  reviewable: boolean;
}

/** PUT /api/plans/:planId/registrations/:unitId — saves the draft (or a returned one). */
export interface SaveRegistrationRequest extends RegistrationContent {
  version: number;
}

/** POST …/review — the level above accepts or returns (a return needs a comment). */
export interface ReviewRequest {
  decision: 'accept' | 'return';
  comment?: string;
}

export interface RegistrationListItemDto {
  id: string;
  plan: PlanRef;
  unit: PlanUnitRef;
  status: RegistrationStatus;
  submittedAt: string | null;
  late: boolean;
  targetCount: number;
  updatedAt: string;
}

/** GET /api/registrations — the reviewer's queue (status=submitted) and every list of registrations. */
export interface RegistrationQuery extends PageQuery {
  planId?: string;
  status?: RegistrationStatus;
  late?: boolean;
  q?: string;
}

/** GET /api/plans/:planId/participation — where the user's own units stand in a plan. */
export interface MyParticipationDto {
  plan: PlanRef;
  units: Array<{
    unit: PlanUnitRef;
    /** Whether the current user may write for this unit (register, report). */
    canWrite: boolean;
    registration: { status: RegistrationStatus; late: boolean; submittedAt: string | null } | null;
    reports: Array<{
      phaseId: string;
      phaseName: string;
      dueDate: string;
      status: RegistrationStatus | null;
      onTime: boolean | null;
    }>;
  }>;
}
