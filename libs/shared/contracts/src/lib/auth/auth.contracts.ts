/**
 * Sign-in and session contracts shared by the API and the admin.
 * The access token travels in the Authorization header; the refresh token only in an
 * HttpOnly cookie scoped to /api/auth, so page scripts never see it.
 */
export interface SignInRequest {
  /** E-mail address or phone number. */
  login: string;
  password: string;
}

export interface SessionUser {
  id: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  /** null for platform operators, who belong to no tenant. */
  tenantId: string | null;
  tenantName: string | null;
  roles: string[];
}

/** A CASL rule as packed by `packRules` of @casl/ability. */
export type PackedRule = unknown[];

export interface SessionInfo {
  user: SessionUser;
  rules: PackedRule[];
}

export interface SignInResponse extends SessionInfo {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
}

export const REFRESH_COOKIE = 'thidua_rt';
