import { PageQuery } from '../common/page';
import { PlanUnitRef } from '../campaigns/plan.contracts';
import { PlanRef, RegistrationStatus } from './registration.contracts';

/** Phase reports (sơ kết / tổng kết) follow the registration's statuses. */
export type ReportStatus = RegistrationStatus;

/** The value a unit reached for one of its registered targets. */
export interface IndicatorValue {
  /** Index of the target in the unit's registration. */
  targetIndex: number;
  actualValue: number;
  note: string | null;
}

export interface EvidenceDto {
  id: string;
  fileName: string;
  /** Decided from the file's content, not its name. */
  contentType: string;
  size: number;
  uploadedAt: string;
}

export interface PhaseReportDto {
  id: string | null;
  plan: PlanRef;
  phase: { id: string; name: string; from: string; to: string; dueDate: string };
  unit: PlanUnitRef;
  status: ReportStatus;
  narrative: string;
  indicators: IndicatorValue[];
  /** The unit's registered targets the indicators refer to (empty when it has not registered). */
  targets: Array<{ content: string; unitOfMeasure: string; plannedValue: number }>;
  evidence: EvidenceDto[];
  submittedAt: string | null;
  onTime: boolean | null;
  reviewComment: string | null;
  reviewedAt: string | null;
  reviewerName: string | null;
  version: number;
  updatedAt: string | null;
  editable: boolean;
  reviewable: boolean;
}

/** PUT /api/plans/:planId/phases/:phaseId/reports/:unitId */
export interface SaveReportRequest {
  version: number;
  narrative: string;
  indicators: IndicatorValue[];
}

export interface ReportListItemDto {
  id: string;
  plan: PlanRef;
  phase: { id: string; name: string };
  unit: PlanUnitRef;
  status: ReportStatus;
  submittedAt: string | null;
  onTime: boolean | null;
  evidenceCount: number;
  updatedAt: string;
}

/** GET /api/reports */
export interface ReportQuery extends PageQuery {
  planId?: string;
  phaseId?: string;
  status?: ReportStatus;
  q?: string;
}

/** Evidence files: what is accepted, decided by content. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;
