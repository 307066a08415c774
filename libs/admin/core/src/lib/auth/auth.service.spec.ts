import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ApiErrorBody, SignInResponse } from '@thidua/shared/contracts';
import { AuthService } from './auth.service';

const response: SignInResponse = {
  accessToken: 'access-1',
  expiresIn: 900,
  rules: [['read', 'Plan']],
  user: {
    id: 'u1',
    displayName: 'Trần Văn Minh',
    email: null,
    phone: '0912345678',
    tenantId: 't1',
    tenantName: 'LĐLĐ tỉnh Nam Định',
    roles: ['federation-officer'],
  },
};

const unauthorized: ApiErrorBody = {
  statusCode: 401,
  error: 'unauthorized',
  message: 'Bạn cần đăng nhập để tiếp tục.',
};

describe('AuthService', () => {
  let auth: AuthService;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    auth = TestBed.inject(AuthService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('signs in with the trimmed login and keeps the session and the token', async () => {
    const signedIn = auth.signIn('  0912345678 ', 'mật-khẩu');
    const req = backend.expectOne({ method: 'POST', url: '/api/auth/sign-in' });
    expect(req.request.body).toEqual({ login: '0912345678', password: 'mật-khẩu' });
    expect(req.request.withCredentials).toBe(true);
    req.flush(response);

    await expect(signedIn).resolves.toEqual({ user: response.user, rules: response.rules });
    expect(auth.isSignedIn()).toBe(true);
    expect(auth.status()).toBe('signed-in');
    expect(auth.user()?.displayName).toBe('Trần Văn Minh');
    expect(auth.accessToken()).toBe('access-1');
    // the token is not part of what components see as the session
    expect(auth.session()).not.toHaveProperty('accessToken');
  });

  it('stays signed out and rejects when the API refuses the credentials', async () => {
    const signedIn = auth.signIn('hoa@ldld.vn', 'wrong');
    backend
      .expectOne('/api/auth/sign-in')
      .flush(
        { ...unauthorized, message: 'Sai tài khoản hoặc mật khẩu.' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await expect(signedIn).rejects.toMatchObject({ status: 401 });
    expect(auth.session()).toBeNull();
  });

  it('restores the session from the refresh cookie at start-up', async () => {
    const restored = auth.restore();
    expect(auth.status()).toBe('unknown');
    const req = backend.expectOne({ method: 'POST', url: '/api/auth/refresh' });
    expect(req.request.withCredentials).toBe(true);
    req.flush(response);
    await expect(restored).resolves.toBe(true);
    expect(auth.user()?.tenantName).toBe('LĐLĐ tỉnh Nam Định');
  });

  it('is signed out when the refresh answers 401', async () => {
    const restored = auth.restore();
    backend.expectOne('/api/auth/refresh').flush(unauthorized, { status: 401, statusText: 'Unauthorized' });
    await expect(restored).resolves.toBe(false);
    expect(auth.status()).toBe('signed-out');
    expect(auth.isSignedIn()).toBe(false);
    expect(auth.accessToken()).toBeNull();
  });

  it('is signed out when the server cannot be reached at start-up', async () => {
    const restored = auth.restore();
    backend.expectOne('/api/auth/refresh').error(new ProgressEvent('error'));
    await expect(restored).resolves.toBe(false);
    expect(auth.status()).toBe('signed-out');
  });

  it('restores only once and shares concurrent refreshes', async () => {
    const first = auth.restore();
    const second = auth.ready();
    backend.expectOne('/api/auth/refresh').flush(response);
    await Promise.all([first, second]);
    expect(auth.isSignedIn()).toBe(true);
  });

  it('signs out on the server and forgets the session, even when the call fails', async () => {
    const signedIn = auth.signIn('x@y.vn', 'p');
    backend.expectOne('/api/auth/sign-in').flush(response);
    await signedIn;

    const signedOut = auth.signOut();
    const req = backend.expectOne({ method: 'POST', url: '/api/auth/sign-out' });
    expect(req.request.withCredentials).toBe(true);
    req.error(new ProgressEvent('error'));
    await signedOut;
    expect(auth.session()).toBeNull();
    expect(auth.status()).toBe('signed-out');
  });
});

describe('AuthService impersonation', () => {
  let auth: AuthService;
  let backend: HttpTestingController;
  const operator: SignInResponse = {
    accessToken: 'operator',
    expiresIn: 900,
    rules: [['manage', 'Tenant']],
    user: { ...response.user, id: 'op', displayName: 'Vận hành', tenantId: null, tenantName: null },
  };
  const inside: SignInResponse = { ...response, accessToken: 'inside' };

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    auth = TestBed.inject(AuthService);
    backend = TestBed.inject(HttpTestingController);
  });

  it('acts inside a tenant, then goes back to the operator session', async () => {
    const restored = auth.restore();
    backend.expectOne('/api/auth/refresh').flush(operator);
    await restored;

    auth.startImpersonation(inside, 'LĐLĐ tỉnh Nam Định');
    expect(auth.impersonatedTenant()).toBe('LĐLĐ tỉnh Nam Định');
    expect(auth.accessToken()).toBe('inside');
    expect(auth.user()?.tenantId).toBe('t1');

    auth.exitImpersonation();
    expect(auth.impersonatedTenant()).toBeNull();
    expect(auth.accessToken()).toBe('operator');
    expect(auth.user()?.id).toBe('op');
  });

  it('ends the impersonation when a refresh brings back the operator session', async () => {
    const restored = auth.restore();
    backend.expectOne('/api/auth/refresh').flush(operator);
    await restored;
    auth.startImpersonation(inside, 'LĐLĐ');
    const refreshed = auth.refresh();
    backend.expectOne('/api/auth/refresh').flush(operator);
    await refreshed;
    expect(auth.impersonatedTenant()).toBeNull();
    expect(auth.user()?.id).toBe('op');
  });
});
