import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AuthService, apiInterceptor, LanguageService } from '@thidua/admin/core';
import { provideTranslocoTesting } from '@thidua/admin/core/testing';
import { ApiErrorBody, SignInResponse } from '@thidua/shared/contracts';
import { SignInPage } from './sign-in.page';

const vi = {
  auth: {
    title: 'Đăng nhập',
    submit: 'Đăng nhập',
    submitting: 'Đang đăng nhập…',
    errors: {
      loginRequired: 'Vui lòng nhập email hoặc số điện thoại.',
      loginFormat: 'Email hoặc số điện thoại chưa đúng định dạng.',
      passwordRequired: 'Vui lòng nhập mật khẩu.',
    },
  },
};

const signedIn: SignInResponse = {
  accessToken: 't',
  expiresIn: 900,
  rules: [],
  user: {
    id: 'u',
    displayName: 'Hoa',
    email: 'hoa@ldld.vn',
    phone: null,
    tenantId: 't',
    tenantName: 'LĐLĐ',
    roles: [],
  },
};

describe('SignInPage', () => {
  let fixture: ComponentFixture<SignInPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
        provideTranslocoTesting({ vi }),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SignInPage);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  function type(name: 'login' | 'password', value: string): void {
    const input = host.querySelector<HTMLInputElement>(`input[formControlName="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  function submit(): void {
    host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  }

  const errors = () => Array.from(host.querySelectorAll('mat-error')).map((e) => e.textContent?.trim());
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };

  it('checks the fields before calling the API', async () => {
    submit();
    await fixture.whenStable();
    expect(errors()).toEqual([vi.auth.errors.loginRequired, vi.auth.errors.passwordRequired]);
    backend.expectNone('/api/auth/sign-in');

    type('login', 'không-phải-email');
    await fixture.whenStable();
    expect(errors()).toContain(vi.auth.errors.loginFormat);
  });

  it('shows the API field errors under their fields', async () => {
    type('login', 'hoa@ldld.khanhhoa.vn');
    type('password', 'ngắn');
    submit();
    await fixture.whenStable();

    const body: ApiErrorBody = {
      statusCode: 400,
      error: 'validation_failed',
      message: 'Dữ liệu gửi lên chưa hợp lệ: 1 lỗi, xem chi tiết từng trường.',
      errors: [
        { field: 'password', code: 'minLength', message: 'Trường «password» phải có ít nhất 8 ký tự.' },
      ],
    };
    backend.expectOne('/api/auth/sign-in').flush(body, { status: 400, statusText: 'Bad Request' });
    await settle();

    const passwordField = host.querySelectorAll('mat-form-field')[1];
    expect(passwordField.querySelector('mat-error')?.textContent?.trim()).toBe(
      'Trường «password» phải có ít nhất 8 ký tự.',
    );
    expect(host.querySelector('[role="alert"]')).toBeNull();
    expect(document.activeElement).toBe(host.querySelector('input[formControlName="password"]'));
  });

  it('shows an API error that belongs to no field as an alert above the form', async () => {
    type('login', '0912345678');
    type('password', 'sai-mat-khau');
    submit();
    const body: ApiErrorBody = {
      statusCode: 401,
      error: 'invalid_credentials',
      message: 'Email/số điện thoại hoặc mật khẩu không đúng.',
    };
    backend.expectOne('/api/auth/sign-in').flush(body, { status: 401, statusText: 'Unauthorized' });
    await settle();
    expect(host.querySelector('[role="alert"]')?.textContent?.trim()).toBe(body.message);
  });

  it('says so when the server cannot be reached, in the language the user picks', async () => {
    type('login', 'hoa@ldld.vn');
    type('password', 'secret');
    submit();
    backend.expectOne('/api/auth/sign-in').error(new ProgressEvent('error'));
    await settle();
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Không kết nối được tới máy chủ');

    TestBed.inject(LanguageService).use('en');
    await settle();
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Could not reach the server');
  });

  it('shows progress on the button while signing in, then opens the app', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    type('login', 'hoa@ldld.vn');
    type('password', 'secret');
    submit();
    await fixture.whenStable();
    const button = host.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.textContent?.trim()).toBe('Đang đăng nhập…');

    const req = backend.expectOne('/api/auth/sign-in');
    expect(req.request.body).toEqual({ login: 'hoa@ldld.vn', password: 'secret' });
    req.flush(signedIn);
    await settle();
    expect(TestBed.inject(AuthService).isSignedIn()).toBe(true);
    expect(navigate).toHaveBeenCalledWith('/');
    expect(button.textContent?.trim()).toBe('Đăng nhập');
  });

  it('toggles the password between hidden and shown', async () => {
    const input = host.querySelector<HTMLInputElement>('input[formControlName="password"]')!;
    const reveal = host.querySelector<HTMLButtonElement>('button.reveal')!;
    expect(input.type).toBe('password');
    reveal.click();
    await fixture.whenStable();
    expect(input.type).toBe('text');
    expect(reveal.getAttribute('aria-pressed')).toBe('true');
  });
});
