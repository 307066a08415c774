import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  appTranslations,
  provideNoMaterialAnimations,
  provideTranslocoTesting,
  restoreSession,
  roleRules,
  sessionWith,
} from '@thidua/admin/core/testing';
import { RoleDto, UserDto } from '@thidua/shared/contracts';
import { UserDetailPage } from './user-detail.page';

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
  {
    key: 'platform_operator',
    name: 'Vận hành',
    description: '',
    scope: 'platform',
    rules: [],
    customized: false,
  },
];

const HOA: UserDto = {
  id: 'u-7',
  displayName: 'Lê Thị Hoa',
  email: 'hoa.lt@ldld.khanhhoa.gov.vn',
  phone: '0912345678',
  status: 'active',
  lastSignInAt: '2026-11-20T08:00:00Z',
  roles: [{ id: 'ra-1', roleKey: 'viewer', orgUnitId: 'nt', orgUnitName: 'Công đoàn phường Nha Trang' }],
};

describe('UserDetailPage', () => {
  let fixture: ComponentFixture<UserDetailPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const confirm = async () => {
    const buttons = document.querySelectorAll<HTMLButtonElement>('td-confirm-dialog button');
    buttons[buttons.length - 1].click();
    await settle();
  };

  async function render(role: 'tenant_admin' | 'emulation_officer') {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(appTranslations()),
        provideNoMaterialAnimations(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await restoreSession(sessionWith(roleRules(role)));
    fixture = TestBed.createComponent(UserDetailPage);
    fixture.componentRef.setInput('id', HOA.id);
    host = fixture.nativeElement as HTMLElement;
    await settle();
    backend.expectOne('/api/roles').flush(ROLES);
    backend.expectOne(`/api/users/${HOA.id}`).flush(HOA);
    await settle();
  }

  afterEach(() => backend.verify());

  it('shows the roles held and lets an administrator give one more, tenant roles only', async () => {
    await render('tenant_admin');
    expect(host.querySelector('h1')?.textContent).toBe('Lê Thị Hoa');
    expect(host.querySelector('.assignments')?.textContent).toContain('Người xem');
    expect(host.querySelector('.assignments')?.textContent).toContain('Công đoàn phường Nha Trang');

    host.querySelector<HTMLElement>('.assign mat-select')!.click();
    await settle();
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    expect(options.map((o) => o.textContent?.trim())).toEqual(['Quản trị LĐLĐ', 'Người xem']);
    options[0].click();
    await settle();
    host.querySelector<HTMLButtonElement>('.assign button[type="submit"]')!.click();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: `/api/users/${HOA.id}/roles` });
    expect(req.request.body).toEqual({ roleKey: 'tenant_admin', orgUnitId: null });
    req.flush({
      ...HOA,
      roles: [...HOA.roles, { id: 'ra-2', roleKey: 'tenant_admin', orgUnitId: null, orgUnitName: null }],
    });
    await settle();
    expect(host.querySelector('.assignments')?.textContent).toContain('Toàn bộ Liên đoàn Lao động');
  });

  it('removes a role after confirmation', async () => {
    await render('tenant_admin');
    host.querySelector<HTMLButtonElement>('.assignments button')!.click();
    await settle();
    expect(document.querySelector('td-confirm-dialog')?.textContent).toContain(
      'Lê Thị Hoa sẽ không còn vai trò Người xem',
    );
    await confirm();
    backend.expectOne({ method: 'DELETE', url: `/api/users/${HOA.id}/roles/ra-1` }).flush(null);
    await settle();
    expect(host.querySelector('.assignments')?.textContent).toContain('Chưa được giao vai trò nào');
  });

  it('disables the account after confirmation', async () => {
    await render('tenant_admin');
    host.querySelector<HTMLButtonElement>('td-page-header button')!.click();
    await settle();
    await confirm();
    backend
      .expectOne({ method: 'POST', url: `/api/users/${HOA.id}/disable` })
      .flush({ ...HOA, status: 'disabled' });
    await settle();
    expect(host.querySelector('td-tone-chip')?.textContent?.trim()).toBe('Đã khóa');
    expect(host.querySelector('td-page-header button')?.textContent).toContain('Mở khóa tài khoản');
  });

  it('shows a reader the user without ways to change them', async () => {
    await render('emulation_officer');
    expect(host.querySelector('h1')?.textContent).toBe('Lê Thị Hoa');
    expect(host.querySelectorAll('button')).toHaveLength(0);
    expect(host.querySelector('.assign')).toBeNull();
  });
});
