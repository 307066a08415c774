import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  appTranslations,
  nextRequest,
  provideNoMaterialAnimations,
  provideTranslocoTesting,
  restoreSession,
  roleRules,
  sessionWith,
} from '@thidua/admin/core/testing';
import { provideTranslatedPaginator } from '@thidua/admin/ui';
import { Page, RoleDto, UserDto } from '@thidua/shared/contracts';
import { UsersPage } from './users.page';

const ROLES: RoleDto[] = [
  {
    key: 'tenant_admin',
    name: 'Quản trị LĐLĐ',
    description: '',
    scope: 'tenant',
    rules: [],
    customized: false,
  },
  { key: 'viewer', name: 'Người xem', description: '', scope: 'tenant', rules: [], customized: false },
];

function user(i: number, patch: Partial<UserDto> = {}): UserDto {
  return {
    id: `user-${i}`,
    displayName: `Cán bộ ${i}`,
    email: `canbo${i}@ldld.khanhhoa.gov.vn`,
    phone: null,
    status: 'active',
    lastSignInAt: null,
    roles: [{ id: `ra-${i}`, roleKey: 'viewer', orgUnitId: 'nt', orgUnitName: 'Công đoàn phường Nha Trang' }],
    ...patch,
  };
}

describe('UsersPage', () => {
  let fixture: ComponentFixture<UsersPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;

  const settle = async (ms = 0) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await fixture.whenStable();
  };
  const list = (): TestRequest => backend.expectOne((r) => r.url === '/api/users');
  const page = (items: UserDto[], total: number, p = 1, pageSize = 20): Page<UserDto> => ({
    items,
    total,
    page: p,
    pageSize,
  });

  async function render(role: 'tenant_admin' | 'emulation_officer') {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(appTranslations()),
        provideNoMaterialAnimations(),
        provideTranslatedPaginator(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await restoreSession(sessionWith(roleRules(role)));
    fixture = TestBed.createComponent(UsersPage);
    host = fixture.nativeElement as HTMLElement;
    await settle();
    backend.expectOne('/api/roles').flush(ROLES);
  }

  afterEach(() => backend.verify());

  it('asks the server for one page at a time, with the filters', async () => {
    await render('tenant_admin');
    const first = list();
    expect(first.request.params.toString()).toBe('page=1&pageSize=20');
    first.flush(page([user(1, { status: 'invited' }), user(2)], 45));
    await settle();
    const rows = Array.from(host.querySelectorAll('tr.mat-mdc-row'));
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('Cán bộ 1');
    expect(rows[0].textContent).toContain('Người xem');
    expect(rows[0].textContent).toContain('Công đoàn phường Nha Trang');
    expect(rows[0].textContent).toContain('Đã mời');
    expect(host.querySelector('.mat-mdc-paginator-range-label')?.textContent?.trim()).toBe('1–20 trên 45');

    host.querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next')!.click();
    await settle();
    list().flush(page([user(21)], 45, 2));
    await settle();

    const search = host.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'hằng';
    search.dispatchEvent(new Event('input'));
    const searched = await nextRequest(backend, (r) => r.url === '/api/users');
    expect(searched.request.params.get('q')).toBe('hằng');
    expect(searched.request.params.get('page')).toBe('1');
    searched.flush(page([], 0));
    await settle();
    expect(host.querySelector('td-empty-state')?.textContent).toContain('Không có người dùng nào phù hợp');
  });

  it('offers the invitation only to those who may create users', async () => {
    await render('emulation_officer');
    list().flush(page([user(1)], 1));
    await settle();
    expect(host.querySelector('td-page-header button')).toBeNull();
  });

  it('invites a person and shows the API field errors in the dialog', async () => {
    await render('tenant_admin');
    list().flush(page([user(1)], 1));
    await settle();
    host.querySelector<HTMLButtonElement>('td-page-header button')!.click();
    await settle();
    const pane = document.querySelector<HTMLElement>('.cdk-overlay-pane')!;
    const fill = (name: string, value: string) => {
      const input = pane.querySelector<HTMLInputElement>(`[formControlName="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    fill('displayName', 'Lê Văn Tám');
    fill('email', 'tam@ldld.khanhhoa.gov.vn');
    pane.querySelector<HTMLElement>('mat-select')!.click();
    await settle();
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    expect(options.map((o) => o.textContent?.trim())).toEqual(['Quản trị LĐLĐ', 'Người xem']);
    options[1].click();
    await settle();
    pane.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();

    const req = backend.expectOne({ method: 'POST', url: '/api/users/invitations' });
    expect(req.request.body).toEqual({
      email: 'tam@ldld.khanhhoa.gov.vn',
      displayName: 'Lê Văn Tám',
      roleKey: 'viewer',
      orgUnitId: null,
    });
    req.flush(
      {
        statusCode: 409,
        error: 'email_taken',
        message: 'Email đã được dùng.',
        errors: [{ field: 'email', code: 'taken', message: 'Email này đã có tài khoản.' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    const emailField = pane.querySelector('[formControlName="email"]')!.closest('mat-form-field')!;
    expect(emailField.querySelector('mat-error')?.textContent?.trim()).toBe('Email này đã có tài khoản.');
    expect(pane.querySelector('td-alert')).toBeNull();
  });
});
