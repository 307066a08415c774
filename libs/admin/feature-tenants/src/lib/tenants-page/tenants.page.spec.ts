import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AuthService } from '@thidua/admin/core';
import {
  appTranslations,
  provideNoMaterialAnimations,
  provideTranslocoTesting,
  restoreSession,
  roleRules,
  sessionWith,
} from '@thidua/admin/core/testing';
import { tenant } from '../../testing/tenant-fixtures';
import { TenantsPage } from './tenants.page';

const KHANH_HOA = tenant('khanh-hoa', 'Liên đoàn Lao động tỉnh Khánh Hòa');
const DAK_LAK = tenant('dak-lak', 'Liên đoàn Lao động tỉnh Đắk Lắk', { status: 'suspended' });
const PHU_YEN = tenant('phu-yen', 'Liên đoàn Lao động tỉnh Phú Yên', { status: 'merged' });

describe('TenantsPage', () => {
  let fixture: ComponentFixture<TenantsPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const names = () => Array.from(host.querySelectorAll('.row .name')).map((n) => n.textContent);
  const confirm = async () => {
    const buttons = document.querySelectorAll<HTMLButtonElement>('td-confirm-dialog button');
    buttons[buttons.length - 1].click();
    await settle();
  };

  beforeEach(async () => {
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
    await restoreSession(sessionWith(roleRules('platform_operator'), { tenantId: null, tenantName: null }));
    fixture = TestBed.createComponent(TenantsPage);
    host = fixture.nativeElement as HTMLElement;
    await settle();
    backend.expectOne('/api/tenants').flush([KHANH_HOA, DAK_LAK, PHU_YEN]);
    await settle();
  });

  afterEach(() => backend.verify());

  it('lists the tenants with their status and filters by status and by words without accents', async () => {
    expect(names()).toEqual([KHANH_HOA.name, DAK_LAK.name, PHU_YEN.name]);
    expect(Array.from(host.querySelectorAll('td-tone-chip')).map((c) => c.textContent?.trim())).toEqual([
      'Đang hoạt động',
      'Tạm dừng',
      'Đã sáp nhập',
    ]);
    const chips = Array.from(host.querySelectorAll<HTMLElement>('mat-chip-option'));
    expect(chips.map((c) => c.textContent?.trim())).toEqual([
      'Tất cả (3)',
      'Đang hoạt động (1)',
      'Tạm dừng (1)',
      'Đã sáp nhập (1)',
    ]);
    chips[2].querySelector<HTMLElement>('button, [role="option"], .mdc-evolution-chip__action')?.click();
    await settle();
    expect(names()).toEqual([DAK_LAK.name]);

    chips[0].querySelector<HTMLElement>('button, [role="option"], .mdc-evolution-chip__action')?.click();
    const search = host.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'dak lak';
    search.dispatchEvent(new Event('input'));
    await settle();
    expect(names()).toEqual([DAK_LAK.name]);
  });

  it('suspends a tenant only after confirmation', async () => {
    host.querySelector<HTMLButtonElement>(`[aria-label="Tạm dừng ${KHANH_HOA.name}"]`)!.click();
    await settle();
    expect(document.querySelector('td-confirm-dialog')?.textContent).toContain(
      'Người dùng của đơn vị này sẽ không thể đăng nhập',
    );
    await confirm();
    const req = backend.expectOne({ method: 'POST', url: `/api/tenants/${KHANH_HOA.id}/status` });
    expect(req.request.body).toEqual({ status: 'suspended' });
    req.flush({ ...KHANH_HOA, status: 'suspended' });
    await settle();
    expect(host.querySelector('td-tone-chip')?.textContent?.trim()).toBe('Tạm dừng');
  });

  it('acts on behalf of an active tenant: switches the session and opens the overview', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const buttons = host.querySelectorAll('.impersonate');
    expect(buttons).toHaveLength(1); // suspended and merged tenants cannot be entered
    (buttons[0] as HTMLButtonElement).click();
    await settle();
    const inside = sessionWith(roleRules('tenant_admin'), { id: 'inside', tenantName: KHANH_HOA.name });
    backend.expectOne({ method: 'POST', url: `/api/tenants/${KHANH_HOA.id}/impersonate` }).flush(inside);
    await settle();
    expect(TestBed.inject(AuthService).impersonatedTenant()).toBe(KHANH_HOA.name);
    expect(navigate).toHaveBeenCalledWith('/');
  });
});
