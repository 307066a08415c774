import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { appTranslations, provideTranslocoTesting } from '@thidua/admin/core/testing';
import { ForgotPasswordPage } from './forgot-password.page';

describe('ForgotPasswordPage', () => {
  let fixture: ComponentFixture<ForgotPasswordPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const type = (value: string) => {
    const input = host.querySelector<HTMLInputElement>('input')!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(appTranslations()),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ForgotPasswordPage);
    host = fixture.nativeElement as HTMLElement;
    await settle();
  });

  afterEach(() => backend.verify());

  it('checks the e-mail or phone number before asking', async () => {
    type('không phải email');
    host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
    expect(host.querySelector('mat-error')?.textContent?.trim()).toBe(
      'Email hoặc số điện thoại chưa đúng định dạng.',
    );
    backend.expectNone('/api/auth/password-reset');
  });

  it('asks for a link and answers the same whether or not the account exists', async () => {
    type(' hang.ntt@ldld.khanhhoa.gov.vn ');
    host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: '/api/auth/password-reset' });
    expect(req.request.body).toEqual({ login: 'hang.ntt@ldld.khanhhoa.gov.vn' });
    req.flush(null, { status: 202, statusText: 'Accepted' });
    await settle();
    expect(host.querySelector('td-alert')?.textContent).toContain(
      'Nếu hang.ntt@ldld.khanhhoa.gov.vn là tài khoản trong hệ thống',
    );
    expect(host.querySelector('a')?.getAttribute('href')).toBe('/sign-in');
  });
});
