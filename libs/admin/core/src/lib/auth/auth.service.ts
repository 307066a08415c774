import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { SessionInfo, SignInRequest, SignInResponse } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';

export const AUTH_API = {
  signIn: '/api/auth/sign-in',
  refresh: '/api/auth/refresh',
  signOut: '/api/auth/sign-out',
} as const;

/** `unknown` until the start-up refresh has answered. */
export type AuthStatus = 'unknown' | 'signed-in' | 'signed-out';

interface AuthState {
  session: SessionInfo;
  accessToken: string;
}

/** A platform operator acting inside a tenant: their own session waits here until they exit. */
interface Impersonation {
  operator: AuthState;
  tenantName: string;
}

/**
 * The signed-in session. The access token lives only in memory; the refresh token is an HttpOnly
 * cookie the API sets on /api/auth, so a reload restores the session through `restore()`.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly state = signal<AuthState | null>(null);
  private readonly statusState = signal<AuthStatus>('unknown');
  private readonly impersonationState = signal<Impersonation | null>(null);
  private restoring: Promise<boolean> | null = null;
  private refreshing: Promise<boolean> | null = null;

  readonly status = this.statusState.asReadonly();
  readonly session = computed<SessionInfo | null>(() => this.state()?.session ?? null);
  readonly user = computed(() => this.session()?.user ?? null);
  readonly accessToken = computed(() => this.state()?.accessToken ?? null);
  readonly isSignedIn = computed(() => this.state() !== null);
  /** The tenant the operator acts in, while impersonating; null otherwise. */
  readonly impersonatedTenant = computed(() => this.impersonationState()?.tenantName ?? null);

  /** Signs in with an e-mail address or phone number; rejects with the HttpErrorResponse on failure. */
  async signIn(login: string, password: string): Promise<SessionInfo> {
    const body: SignInRequest = { login: login.trim(), password };
    const response = await firstValueFrom(
      this.http.post<SignInResponse>(AUTH_API.signIn, body, { withCredentials: true }),
    );
    return this.accept(response);
  }

  /** Restores the session at start-up from the refresh cookie. Runs once; later calls share it. */
  restore(): Promise<boolean> {
    this.restoring ??= this.refresh();
    return this.restoring;
  }

  /** Resolves once the start-up restore has answered (starting it if nobody has). */
  async ready(): Promise<void> {
    await this.restore();
  }

  /**
   * Exchanges the refresh cookie for a new access token. Concurrent callers share one request.
   * Any failure (401, expired cookie, server unreachable) leaves the user signed out.
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= firstValueFrom(
      this.http.post<SignInResponse>(AUTH_API.refresh, {}, { withCredentials: true }),
    )
      .then((response) => {
        this.accept(response);
        return true;
      })
      .catch((error: unknown) => {
        if (!(error instanceof HttpErrorResponse)) throw error;
        this.clear();
        return false;
      })
      .finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** Ends the session on the server (clearing the cookie) and here, even if the server is unreachable. */
  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>(AUTH_API.signOut, {}, { withCredentials: true }));
    } catch {
      // the local session ends anyway; the cookie expires on its own
    } finally {
      this.clear();
    }
  }

  /**
   * Switches to the session the API issued for acting inside a tenant (POST /tenants/:id/impersonate).
   * The operator's own session is kept in memory only: a reload or a refresh ends the impersonation.
   */
  startImpersonation(response: SignInResponse, tenantName: string): void {
    const operator = this.impersonationState()?.operator ?? this.state();
    if (!operator) return;
    this.state.set({
      session: { user: response.user, rules: response.rules },
      accessToken: response.accessToken,
    });
    this.impersonationState.set({ operator, tenantName: response.user.tenantName ?? tenantName });
  }

  /** Goes back to the operator's own session. */
  exitImpersonation(): void {
    const impersonation = this.impersonationState();
    if (!impersonation) return;
    this.state.set(impersonation.operator);
    this.impersonationState.set(null);
  }

  /** Forgets the session locally, e.g. when the API says the access token is no longer valid. */
  clear(): void {
    this.impersonationState.set(null);
    this.state.set(null);
    this.statusState.set('signed-out');
  }

  private accept(response: SignInResponse): SessionInfo {
    const session: SessionInfo = { user: response.user, rules: response.rules };
    this.impersonationState.set(null); // a sign-in or a refresh answers with the operator's own session
    this.state.set({ session, accessToken: response.accessToken });
    this.statusState.set('signed-in');
    return session;
  }
}
