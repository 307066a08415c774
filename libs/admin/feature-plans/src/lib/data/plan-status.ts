import { IconName } from '@thidua/admin/ui';
import { PlanStatus, PlanTransition, PlanTransitionDto } from '@thidua/shared/contracts';

export const STATUS_ICONS: Record<PlanStatus, IconName> = {
  draft: 'edit',
  in_approval: 'schedule',
  issued: 'send',
  in_progress: 'playArrow',
  reviewing: 'event',
  closed: 'lock',
};

export const TRANSITION_ICONS: Record<PlanTransitionDto['transition'], IconName> = {
  create: 'add',
  derive: 'callSplit',
  submit: 'send',
  return: 'arrowBack',
  issue: 'verifiedUser',
  start: 'playArrow',
  review: 'event',
  close: 'lock',
};

/** Transitions a leader decides: shown as the main (filled) action. */
export const PRIMARY_TRANSITIONS: ReadonlySet<PlanTransition> = new Set(['submit', 'issue', 'start']);

/** Plans a lower unit may build its own plan from (as the API allows: issued and after, until closed). */
export const DERIVABLE_STATUSES: ReadonlySet<PlanStatus> = new Set(['issued', 'in_progress', 'reviewing']);
