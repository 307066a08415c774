import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { appTranslations, provideTranslocoTesting } from '@thidua/admin/core/testing';
import { SetPasswordMode, SetPasswordPage } from './set-password.page';

describe('SetPasswordPage', () => {
  let fixture: ComponentFixture<SetPasswordPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const fill = (name: string, value: string) => {
    const input = host.querySelector<HTMLInputElement>(`input[formControlName="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  };
  const errorOf = (name: string) =>
    host
      .querySelector(`input[formControlName="${name}"]`)
      ?.closest('mat-form-field')
      ?.querySelector('mat-error')
      ?.textContent?.trim();
  const submit = () => host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

  async function render(mode: SetPasswordMode, token?: string) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(appTranslations()),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SetPasswordPage);
    fixture.componentRef.setInput('mode', mode);
    fixture.componentRef.setInput('token', token);
    host = fixture.nativeElement as HTMLElement;
    await settle();
  }

  afterEach(() => backend.verify());

  it('explains a link without a token and offers a new one', async () => {
    await render('reset');
    expect(host.querySelector('td-alert')?.textContent).toContain('Đường dẫn không hợp lệ');
    expect(host.querySelector('a')?.getAttribute('href')).toBe('/forgot-password');
    expect(host.querySelector('form')).toBeNull();
  });

  it('ticks the policy while typing and checks both fields before sending', async () => {
    await render('invitation', 'tok-1');
    expect(host.querySelector('h1')?.textContent).toBe('Kích hoạt tài khoản');
    fill('password', '1234567890');
    await settle();
    const rules = Array.from(host.querySelectorAll('.policy li')).map((li) => li.classList.contains('met'));
    expect(rules).toEqual([true, false, false]);
    fill('confirm', '123');
    submit();
    await settle();
    expect(errorOf('password')).toBe('Mật khẩu cần ít nhất 10 ký tự và không chỉ gồm chữ số.');
    expect(errorOf('confirm')).toBe('Hai mật khẩu chưa khớp nhau.');
    backend.expectNone('/api/auth/invitations/accept');
  });

  it('accepts an invitation, showing the API password problem under the field', async () => {
    await render('invitation', 'tok-1');
    fill('password', 'hang.ntt@ldld');
    fill('confirm', 'hang.ntt@ldld');
    submit();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: '/api/auth/invitations/accept' });
    expect(req.request.body).toEqual({ token: 'tok-1', password: 'hang.ntt@ldld' });
    req.flush(
      {
        statusCode: 400,
        error: 'weak_password',
        message: 'Mật khẩu chưa đạt yêu cầu.',
        errors: [{ field: 'password', code: 'notEmail', message: 'Mật khẩu không được trùng với email.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(errorOf('password')).toBe('Mật khẩu không được trùng với email.');

    fill('password', 'Hoa-sen-nở-2026');
    fill('confirm', 'Hoa-sen-nở-2026');
    submit();
    await settle();
    backend.expectOne('/api/auth/invitations/accept').flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(host.querySelector('td-alert')?.textContent).toContain('Tài khoản đã được kích hoạt.');
    expect(host.querySelector('a')?.getAttribute('href')).toBe('/sign-in');
  });

  it('resets a password, and says plainly when the link has expired', async () => {
    await render('reset', 'tok-2');
    expect(host.querySelector('h1')?.textContent).toBe('Đặt lại mật khẩu');
    fill('password', 'Hoa-sen-nở-2026');
    fill('confirm', 'Hoa-sen-nở-2026');
    submit();
    await settle();
    backend
      .expectOne({ method: 'POST', url: '/api/auth/password-reset/confirm' })
      .flush(
        { statusCode: 410, error: 'token_expired', message: 'Đường dẫn đặt lại mật khẩu đã hết hạn.' },
        { status: 410, statusText: 'Gone' },
      );
    await settle();
    const alert = host.querySelector('td-alert');
    expect(alert?.textContent).toContain('Đường dẫn đặt lại mật khẩu đã hết hạn.');
    expect(alert?.querySelector('a')?.getAttribute('href')).toBe('/forgot-password');
  });
});
