import { ApiException } from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { RegistrationStatus, ScorecardStatus } from '@thidua/shared/contracts';
import { ParticipationRow } from './entities/participation-row';
import { canAct, isAbove, ParticipationSubject } from './participants';

export const STATUS_LABELS: Record<RegistrationStatus | ScorecardStatus, { vi: string; en: string }> = {
  draft: { vi: 'Nháp', en: 'Draft' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  accepted: { vi: 'Đã duyệt', en: 'Accepted' },
  returned: { vi: 'Bị trả lại', en: 'Returned' },
  final: { vi: 'Đã chốt điểm', en: 'Final' },
};

const EDITABLE: readonly string[] = ['draft', 'returned'];

/**
 * The shared review flow of registrations and reports: a unit edits its draft (or a returned one)
 * and submits it; the level above accepts it or returns it with a comment.
 */
export function assertEditable(row: ParticipationRow | null, version: number): void {
  if (row && !EDITABLE.includes(row.status)) {
    throw new ApiException(409, 'participation_not_editable', { status: STATUS_LABELS[row.status] });
  }
  if ((row?.version ?? 0) !== version) throw new ApiException(409, 'participation_version_conflict');
}

export function assertSubmittable<R extends ParticipationRow>(row: R | null): asserts row is R {
  if (!row) throw new ApiException(409, 'participation_not_saved');
  if (!EDITABLE.includes(row.status)) {
    throw new ApiException(409, 'participation_not_editable', { status: STATUS_LABELS[row.status] });
  }
}

export function assertCanEdit(principal: Principal, kind: ParticipationSubject, unitPath: string): void {
  if (!canAct(principal, 'update', kind, unitPath)) throw new ApiException(403, 'forbidden');
}

/** Checks the reviewer and the decision, then applies it to the row (not saved). */
export function review(
  row: ParticipationRow<RegistrationStatus> | null,
  kind: ParticipationSubject,
  decision: 'accept' | 'return',
  comment: string | undefined,
  principal: Principal,
): ParticipationRow<RegistrationStatus> {
  if (!row) throw new ApiException(404, 'not_found');
  if (!canAct(principal, 'approve', kind, row.unitPath)) throw new ApiException(403, 'forbidden');
  if (!isAbove(principal, row.unitPath)) throw new ApiException(403, 'participation_review_own_unit');
  if (row.status !== 'submitted') {
    throw new ApiException(409, 'participation_not_submitted', { status: STATUS_LABELS[row.status] });
  }
  const note = comment?.trim() || null;
  if (decision === 'return' && !note) throw new ApiException(400, 'participation_return_comment');
  row.status = decision === 'accept' ? 'accepted' : 'returned';
  row.reviewComment = note;
  row.reviewedAt = new Date();
  row.reviewedBy = principal.userId;
  row.version += 1;
  row.updatedAt = new Date();
  return row;
}

export function permissionsOn(
  row: ParticipationRow | null,
  principal: Principal,
  kind: ParticipationSubject,
  unitPath: string,
): { editable: boolean; reviewable: boolean } {
  const status = row?.status ?? 'draft';
  return {
    editable: EDITABLE.includes(status) && canAct(principal, 'update', kind, unitPath),
    reviewable:
      status === 'submitted' && canAct(principal, 'approve', kind, unitPath) && isAbove(principal, unitPath),
  };
}
