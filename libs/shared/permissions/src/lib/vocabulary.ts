/**
 * The permission vocabulary of the whole platform, shared by the API (guards, SQL filters) and
 * the admin (menus, buttons). Adding a subject or action here is the first step of any feature.
 */
/** `approve` covers the decisions of a leader: returning, issuing and closing a plan. */
export const ACTIONS = [
  'manage',
  'read',
  'create',
  'update',
  'delete',
  'import',
  'impersonate',
  'approve',
] as const;
export type Action = (typeof ACTIONS)[number];

export const SUBJECTS = [
  'all',
  'Tenant',
  'OrgUnit',
  'OrgUnitType',
  'User',
  'RoleAssignment',
  'Role',
  'AuditLog',
  'SystemStatus',
  'Plan',
  'PlanReceipt',
  'Movement',
  'Registration',
  'PhaseReport',
  'CriteriaSet',
  'Scorecard',
  'Cluster',
] as const;
export type Subject = (typeof SUBJECTS)[number];

/**
 * Conditions a rule may carry, by name. Only these exist: each has a fixed meaning on the
 * server (a SQL filter) so a role edited by a tenant admin cannot express anything else.
 */
export const CONDITIONS = ['inSubtree', 'createdByMe'] as const;
export type ConditionName = (typeof CONDITIONS)[number];

export interface RuleTemplate {
  action: Action | Action[];
  subject: Subject | Subject[];
  condition?: ConditionName;
  inverted?: boolean;
}

export const ROLE_KEYS = [
  'platform_operator',
  'tenant_admin',
  'federation_leader',
  'emulation_officer',
  'unit_officer',
  'council_member',
  'viewer',
] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];
