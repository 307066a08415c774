import { PageQuery } from '../common/page';

export type UserStatus = 'active' | 'invited' | 'disabled';

export interface RoleAssignmentDto {
  id: string;
  roleKey: string;
  /** null: the whole tenant. */
  orgUnitId: string | null;
  orgUnitName: string | null;
}

export interface UserDto {
  id: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  status: UserStatus;
  lastSignInAt: string | null;
  roles: RoleAssignmentDto[];
}

export interface UserQuery extends PageQuery {
  q?: string;
  status?: UserStatus;
  roleKey?: string;
}

/** POST /api/users/invitations: creates an invited user and e-mails a single-use link. */
export interface InviteUserRequest {
  email: string;
  displayName: string;
  phone?: string;
  roleKey: string;
  orgUnitId: string | null;
}

/** POST /api/users/:id/roles */
export interface AssignRoleRequest {
  roleKey: string;
  orgUnitId: string | null;
}

/** POST /api/auth/invitations/accept */
export interface AcceptInvitationRequest {
  token: string;
  password: string;
}

/** POST /api/auth/password-reset (always answers 202, whether or not the account exists). */
export interface PasswordResetRequest {
  login: string;
}

/** POST /api/auth/password-reset/confirm */
export interface PasswordResetConfirm {
  token: string;
  password: string;
}

/** A role as data: defaults seeded by the platform, narrowed per tenant by its administrator. */
export interface RoleDto {
  key: string;
  name: string;
  description: string;
  scope: 'platform' | 'tenant';
  /** Rule templates: `{ action, subject, condition? }` (see @thidua/shared/permissions). */
  rules: Array<{
    action: string | string[];
    subject: string | string[];
    condition?: string;
    inverted?: boolean;
  }>;
  /** True when this tenant changed the default. */
  customized: boolean;
}

/** One row of the audit log. */
export interface AuditEntryDto {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  /** Set when a platform operator acted inside the tenant. */
  impersonatorName: string | null;
  action: string;
  subject: string;
  subjectId: string | null;
  before: unknown;
  after: unknown;
}
