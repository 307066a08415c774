import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, provideRouter, Router, RouterStateSnapshot, UrlTree } from '@angular/router';
import { authGuard, guestGuard, safeReturnUrl } from './auth.guard';

describe('auth guards', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  const run = (guard: typeof authGuard, url: string) =>
    TestBed.runInInjectionContext(() =>
      guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
    ) as Promise<boolean | UrlTree>;

  it('waits for the start-up restore, then sends a signed-out user to sign-in with the return URL', async () => {
    const result = run(authGuard, '/system');
    backend.expectOne('/api/auth/refresh').flush({}, { status: 401, statusText: 'Unauthorized' });
    const tree = await result;
    expect(TestBed.inject(Router).serializeUrl(tree as UrlTree)).toBe('/sign-in?returnUrl=%2Fsystem');
  });

  it('lets a restored session through and keeps it away from the sign-in page', async () => {
    const result = run(authGuard, '/system');
    backend.expectOne('/api/auth/refresh').flush({ accessToken: 'a', expiresIn: 900, rules: [], user: {} });
    expect(await result).toBe(true);
    const guest = (await run(guestGuard, '/sign-in')) as UrlTree;
    expect(TestBed.inject(Router).serializeUrl(guest)).toBe('/');
  });

  it('accepts only return URLs inside the app', () => {
    expect(safeReturnUrl('/system')).toBe('/system');
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl(null)).toBe('/');
  });
});
