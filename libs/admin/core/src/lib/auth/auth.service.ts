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

/**
 * The signed-in session. The access token lives only in memory; the refresh token is an HttpOnly
 * cookie the API sets on /api/auth, so a reload restores the session through `restore()`.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly state = signal<AuthState | null>(null);
  private readonly statusState = signal<AuthStatus>('unknown');
  private restoring: Promise<boolean> | null = null;
  private refreshing: Promise<boolean> | null = null;

  readonly status = this.statusState.asReadonly();
  readonly session = computed<SessionInfo | null>(() => this.state()?.session ?? null);
  readonly user = computed(() => this.session()?.user ?? null);
  readonly accessToken = computed(() => this.state()?.accessToken ?? null);
  readonly isSignedIn = computed(() => this.state() !== null);

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

  /** Forgets the session locally, e.g. when the API says the access token is no longer valid. */
  clear(): void {
    this.state.set(null);
    this.statusState.set('signed-out');
  }

  private accept(response: SignInResponse): SessionInfo {
    const session: SessionInfo = { user: response.user, rules: response.rules };
    this.state.set({ session, accessToken: response.accessToken });
    this.statusState.set('signed-in');
    return session;
  }
}
