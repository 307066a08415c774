import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Locale } from '@thidua/shared/contracts';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';

const AUTH_PATH = '/api/auth/';

function pathOf(url: string): string {
  return url.split(/[?#]/)[0];
}

/** Requests to our own API (same origin, behind the dev proxy or the production reverse proxy). */
export function isApiUrl(url: string): boolean {
  const path = pathOf(url);
  return path === '/api' || path.startsWith('/api/') || path === '/health' || path === '/ready';
}

export function isAuthUrl(url: string): boolean {
  return pathOf(url).startsWith(AUTH_PATH);
}

function decorate(req: HttpRequest<unknown>, lang: Locale, token: string | null): HttpRequest<unknown> {
  let headers = req.headers.set('Accept-Language', lang);
  if (token && pathOf(req.url).startsWith('/api/') && !headers.has('Authorization')) {
    headers = headers.set('Authorization', `Bearer ${token}`);
  }
  // The refresh cookie is scoped to /api/auth: those calls must carry credentials.
  const withCredentials = isAuthUrl(req.url) || req.withCredentials;
  return req.clone({ headers, withCredentials });
}

/**
 * Adds Accept-Language and the bearer token to API calls. When the API answers 401 to a call that
 * carried a token (it expired), refreshes once and retries; if the refresh fails, the user is sent to
 * the sign-in page and the original error is passed on.
 */
export const apiInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isApiUrl(req.url)) return next(req);
  const auth = inject(AuthService);
  const language = inject(LanguageService);
  const router = inject(Router, { optional: true });
  const token = auth.accessToken();

  return next(decorate(req, language.current(), token)).pipe(
    catchError((error: unknown) => {
      const expired =
        error instanceof HttpErrorResponse && error.status === 401 && token !== null && !isAuthUrl(req.url);
      if (!expired) return throwError(() => error);
      return from(auth.refresh()).pipe(
        switchMap((refreshed) => {
          if (refreshed) return next(decorate(req, language.current(), auth.accessToken()));
          void router?.navigate(['/sign-in'], { queryParams: { returnUrl: router.url } });
          return throwError(() => error);
        }),
      );
    }),
  );
};
