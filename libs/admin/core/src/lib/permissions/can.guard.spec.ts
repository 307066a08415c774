import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, provideRouter, Router, RouterStateSnapshot, UrlTree } from '@angular/router';
import { restoreSession, roleRules, sessionWith } from '../../testing';
import { canGuard } from './can.guard';

describe('canGuard', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    }),
  );

  const run = (guard: ReturnType<typeof canGuard>) =>
    TestBed.runInInjectionContext(() =>
      guard({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot),
    ) as Promise<boolean | UrlTree>;

  it('lets a user through to a page their role allows', async () => {
    await restoreSession(sessionWith(roleRules('tenant_admin')));
    await expect(run(canGuard('read', 'OrgUnit'))).resolves.toBe(true);
  });

  it('sends a user home from a page their role does not allow', async () => {
    await restoreSession(sessionWith(roleRules('viewer')));
    const result = await run(canGuard('read', 'AuditLog'));
    expect(TestBed.inject(Router).serializeUrl(result as UrlTree)).toBe('/');
  });
});
