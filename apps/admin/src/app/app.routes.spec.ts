import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { apiInterceptor } from '@thidua/admin/core';
import { provideTranslocoTesting, roleRules, sessionWith } from '@thidua/admin/core/testing';
import { appRoutes } from './app.routes';

const session = sessionWith(roleRules('tenant_admin'));

describe('app routes', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes),
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  it('sends a visitor without a session to the sign-in page, remembering the page asked for', async () => {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/system');
    await new Promise((resolve) => setTimeout(resolve)); // the guard asks for the session
    backend.expectOne('/api/auth/refresh').flush({}, { status: 401, statusText: 'Unauthorized' });
    await navigation;
    expect(TestBed.inject(Router).url).toBe('/sign-in?returnUrl=%2Fsystem');
    expect(harness.routeNativeElement?.tagName).toBe('TD-SIGN-IN-PAGE');
  });

  it('opens the status page inside the shell once the session is restored', async () => {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/system');
    await new Promise((resolve) => setTimeout(resolve)); // the guard asks for the session
    backend.expectOne('/api/auth/refresh').flush(session);
    await navigation;
    expect(TestBed.inject(Router).url).toBe('/system');
    const page = harness.routeNativeElement as HTMLElement;
    expect(page.querySelector('td-app-shell td-system-status-page')).not.toBeNull();
    harness.fixture.destroy(); // stops the status page's polling
  });

  it('sends a user home from a page their role does not open', async () => {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/audit');
    await new Promise((resolve) => setTimeout(resolve)); // the guard asks for the session
    backend.expectOne('/api/auth/refresh').flush(sessionWith(roleRules('viewer')));
    await navigation;
    expect(TestBed.inject(Router).url).toBe('/');
    harness.fixture.destroy();
  });

  it('opens the public password pages without a session', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/reset-password?token=abc');
    expect(TestBed.inject(Router).url).toBe('/reset-password?token=abc');
    expect(harness.routeNativeElement?.tagName).toBe('TD-SET-PASSWORD-PAGE');
  });

  it('sends unknown addresses home', async () => {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/khong-co-trang-nay');
    await new Promise((resolve) => setTimeout(resolve)); // the guard asks for the session
    backend.expectOne('/api/auth/refresh').flush(session);
    await navigation;
    expect(TestBed.inject(Router).url).toBe('/');
    harness.fixture.destroy();
  });
});
