import { HttpClient, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { SignInResponse } from '@thidua/shared/contracts';
import { provideTranslocoTesting } from '../../testing';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';
import { apiInterceptor, isApiUrl } from './api.interceptor';

const session = (accessToken: string): SignInResponse => ({
  accessToken,
  expiresIn: 900,
  rules: [],
  user: {
    id: 'u1',
    displayName: 'Nguyễn Thị Hoa',
    email: 'hoa@ldld.khanhhoa.vn',
    phone: null,
    tenantId: 't1',
    tenantName: 'LĐLĐ tỉnh Khánh Hòa',
    roles: ['federation-admin'],
  },
});

describe('apiInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function signIn(token = 'token-1'): Promise<void> {
    const done = TestBed.inject(AuthService).signIn('hoa@ldld.khanhhoa.vn', 'secret');
    backend.expectOne('/api/auth/sign-in').flush(session(token));
    await done;
  }

  it('sends the active language, Vietnamese by default and English after a switch', () => {
    http.get('/ready').subscribe();
    expect(backend.expectOne('/ready').request.headers.get('Accept-Language')).toBe('vi');

    TestBed.inject(LanguageService).use('en');
    http.get('/api/system/ping/1').subscribe();
    expect(backend.expectOne('/api/system/ping/1').request.headers.get('Accept-Language')).toBe('en');
  });

  it('sends no Authorization header before sign-in', () => {
    http.get('/api/system/ping/1').subscribe();
    expect(backend.expectOne('/api/system/ping/1').request.headers.has('Authorization')).toBe(false);
  });

  it('sends the access token as a bearer token once signed in', async () => {
    await signIn('abc.def');
    http.post('/api/system/ping', {}).subscribe();
    const req = backend.expectOne('/api/system/ping').request;
    expect(req.headers.get('Authorization')).toBe('Bearer abc.def');
    expect(req.withCredentials).toBe(false);
  });

  it('sends credentials (the refresh cookie) with every /api/auth call', async () => {
    const auth = TestBed.inject(AuthService);
    void auth.refresh();
    const req = backend.expectOne('/api/auth/refresh');
    expect(req.request.withCredentials).toBe(true);
    req.flush(session('t'));
  });

  it('leaves requests outside the API alone', async () => {
    await signIn();
    http.get('i18n/vi.json').subscribe();
    const req = backend.expectOne('i18n/vi.json').request;
    expect(req.headers.has('Authorization')).toBe(false);
    expect(req.headers.has('Accept-Language')).toBe(false);
  });

  it('refreshes an expired token once and retries the call with the new one', async () => {
    await signIn('old');
    let body: unknown;
    http.get('/api/system/ping/7').subscribe((value) => (body = value));
    backend
      .expectOne('/api/system/ping/7')
      .flush(
        { statusCode: 401, error: 'unauthorized', message: 'x' },
        { status: 401, statusText: 'Unauthorized' },
      );
    backend.expectOne('/api/auth/refresh').flush(session('new'));
    await new Promise((resolve) => setTimeout(resolve)); // let the refresh promise settle
    const retry = backend.expectOne('/api/system/ping/7');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer new');
    retry.flush({ jobId: '7', state: 'completed' });
    expect(body).toEqual({ jobId: '7', state: 'completed' });
  });
});

describe('apiInterceptor when the session has ended', () => {
  it('sends the user to sign-in and passes the 401 on when the refresh fails too', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
      ],
    });
    const backend = TestBed.inject(HttpTestingController);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const signedIn = TestBed.inject(AuthService).signIn('a@b.vn', 'x');
    backend.expectOne('/api/auth/sign-in').flush(session('old'));
    await signedIn;

    let status = 0;
    TestBed.inject(HttpClient)
      .get('/api/system/ping/1')
      .subscribe({ error: (error: HttpErrorResponse) => (status = error.status) });
    const unauthorized = { status: 401, statusText: 'Unauthorized' };
    backend.expectOne('/api/system/ping/1').flush({}, unauthorized);
    backend.expectOne('/api/auth/refresh').flush({}, unauthorized);
    await new Promise((resolve) => setTimeout(resolve));

    expect(status).toBe(401);
    expect(TestBed.inject(AuthService).isSignedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/sign-in'], { queryParams: { returnUrl: '/' } });
    backend.verify();
  });
});

describe('isApiUrl', () => {
  it('recognises API, health and readiness paths only', () => {
    expect(isApiUrl('/api/auth/sign-in')).toBe(true);
    expect(isApiUrl('/ready?x=1')).toBe(true);
    expect(isApiUrl('/health')).toBe(true);
    expect(isApiUrl('/apiary')).toBe(false);
    expect(isApiUrl('i18n/vi.json')).toBe(false);
    expect(isApiUrl('https://example.com/api/x')).toBe(false);
  });
});
