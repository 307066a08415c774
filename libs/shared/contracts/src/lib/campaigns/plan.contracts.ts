import { PageQuery } from '../common/page';
import { PlanContent } from './plan-content.contracts';

/** draft → in_approval → issued → in_progress → reviewing → closed (domain brief §2.3). */
export const PLAN_STATUSES = [
  'draft',
  'in_approval',
  'issued',
  'in_progress',
  'reviewing',
  'closed',
] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/**
 * The transitions of a plan, by name. `return` sends a plan in approval back to its drafter and
 * needs a comment; `issue` takes the next number of the issuer's register and sends the plan to
 * its recipient units.
 */
export const PLAN_TRANSITIONS = {
  submit: { from: 'draft', to: 'in_approval' },
  return: { from: 'in_approval', to: 'draft' },
  issue: { from: 'in_approval', to: 'issued' },
  start: { from: 'issued', to: 'in_progress' },
  review: { from: 'in_progress', to: 'reviewing' },
  close: { from: 'reviewing', to: 'closed' },
} as const satisfies Record<string, { from: PlanStatus; to: PlanStatus }>;
export type PlanTransition = keyof typeof PLAN_TRANSITIONS;

export function transitionsFrom(status: PlanStatus): PlanTransition[] {
  return (Object.keys(PLAN_TRANSITIONS) as PlanTransition[]).filter(
    (t) => PLAN_TRANSITIONS[t].from === status,
  );
}

export interface PlanUnitRef {
  id: string;
  code: string;
  name: string;
}

export interface PlanListItemDto {
  id: string;
  /** e.g. `22/KH-LĐ`; null before issue. */
  numberText: string | null;
  title: string;
  year: number;
  status: PlanStatus;
  issuer: PlanUnitRef;
  issuedDate: string | null;
  parentPlanId: string | null;
  /** Recipient units and how many acknowledged receipt. */
  recipientCount: number;
  acknowledgedCount: number;
  updatedAt: string;
}

export interface PlanPhaseDto {
  id: string;
  ordinal: number;
  name: string;
  from: string;
  to: string;
}

/** The two agency lines at the top left of the document (Nghị định 30/2020). */
export interface PlanHeader {
  /** e.g. `TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM`. */
  superior: string;
  /** e.g. `LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH HÒA` (bold, underlined). */
  issuer: string;
}

export interface PlanDto extends PlanListItemDto {
  content: PlanContent;
  header: PlanHeader;
  phases: PlanPhaseDto[];
  parentPlan: { id: string; numberText: string | null; title: string } | null;
  recipientUnits: PlanUnitRef[];
  /** Optimistic-lock version: send it back with an update. */
  version: number;
  createdAt: string;
  /** Transitions the current user may make now. */
  allowedTransitions: PlanTransition[];
  /** Whether the current user may edit the content now (drafts only). */
  editable: boolean;
  /** Whether the current user may delete it now (drafts only). */
  deletable: boolean;
  /** Receipts of this plan the current user acknowledges for their units (sent ones only). */
  myReceipts: PlanReceiptDto[];
}

/** GET /api/plans/template?issuerUnitId= — a blank plan with the issuer's defaults, for the editor. */
export interface PlanTemplateDto {
  issuer: PlanUnitRef;
  header: PlanHeader;
  content: PlanContent;
}

export interface PlanTransitionDto {
  id: string;
  transition: PlanTransition | 'create' | 'derive';
  fromStatus: PlanStatus | null;
  toStatus: PlanStatus;
  comment: string | null;
  actorName: string | null;
  at: string;
}

/** GET /api/plans */
export interface PlanQuery extends PageQuery {
  q?: string;
  status?: PlanStatus;
  year?: number;
  /** `issued`: plans my units issued; `received`: plans sent to my units. */
  scope?: 'all' | 'issued' | 'received';
  sort?: 'updatedAt' | 'issuedDate' | 'title' | 'year';
  dir?: 'asc' | 'desc';
}

/** POST /api/plans: a draft. `issuerUnitId` defaults to the root unit of the tenant. */
export interface CreatePlanRequest {
  issuerUnitId?: string;
  content: PlanContent;
  recipientUnitIds: string[];
}

/** PUT /api/plans/:id: replaces the content and recipients of a draft. */
export interface UpdatePlanRequest {
  version: number;
  content: PlanContent;
  recipientUnitIds: string[];
}

/** POST /api/plans/:id/transitions */
export interface PlanTransitionRequest {
  transition: PlanTransition;
  comment?: string;
}

/** POST /api/plans/:id/derive: a lower level's own draft, built from an upper plan it received. */
export interface DerivePlanRequest {
  issuerUnitId: string;
}

export interface PlanReceiptDto {
  unit: PlanUnitRef;
  /** Null while the plan is a draft: the unit is chosen but nothing was sent yet. */
  sentAt: string | null;
  acknowledgedAt: string | null;
  acknowledgedByName: string | null;
}

/** GET /api/plans/:id/receipts */
export interface PlanReceiptQuery extends PageQuery {
  acknowledged?: 'yes' | 'no';
}

/** POST /api/plans/:id/receipts/:unitId/acknowledge */
export interface AcknowledgePlanResponse {
  acknowledgedAt: string;
}

/** `22/KH-LĐ` from number and symbol. */
export function planNumberText(docNo: number | null, docSymbol: string): string | null {
  return docNo === null ? null : `${docNo}/${docSymbol}`;
}

/** Status and transition names as people read them. */
export const PLAN_STATUS_LABELS: Record<PlanStatus, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  in_approval: { vi: 'Chờ duyệt', en: 'In approval' },
  issued: { vi: 'Đã ban hành', en: 'Issued' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  reviewing: { vi: 'Đang sơ kết, tổng kết', en: 'Reviewing' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
};

export const PLAN_TRANSITION_LABELS: Record<PlanTransition, { vi: string; en: string }> = {
  submit: { vi: 'trình duyệt', en: 'submit for approval' },
  return: { vi: 'trả lại', en: 'return' },
  issue: { vi: 'ban hành', en: 'issue' },
  start: { vi: 'bắt đầu thực hiện', en: 'start' },
  review: { vi: 'chuyển sơ kết, tổng kết', en: 'move to review' },
  close: { vi: 'kết thúc', en: 'close' },
};
