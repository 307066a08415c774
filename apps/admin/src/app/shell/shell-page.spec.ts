import { BreakpointObserver } from '@angular/cdk/layout';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AuthService } from '@thidua/admin/core';
import {
  appTranslations,
  provideTranslocoTesting,
  restoreSession,
  roleRules,
  sessionWith,
} from '@thidua/admin/core/testing';
import { of } from 'rxjs';
import { ShellPage } from './shell-page';

describe('ShellPage', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(appTranslations()),
        { provide: BreakpointObserver, useValue: { observe: () => of({ matches: false, breakpoints: {} }) } },
      ],
    }),
  );

  async function render() {
    const fixture = TestBed.createComponent(ShellPage);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const links = () => Array.from(host.querySelectorAll('nav a')).map((a) => a.textContent?.trim());
    return { fixture, host, links };
  }

  it('shows a federation administrator only the pages their role opens', async () => {
    await restoreSession(sessionWith(roleRules('tenant_admin')));
    const { links } = await render();
    expect(links()).toEqual([
      'Tổng quan',
      'Kế hoạch thi đua',
      'Phong trào',
      'Bảng tiêu chí',
      'Cơ cấu tổ chức',
      'Người dùng',
      'Vai trò',
      'Nhật ký',
      'Trạng thái hệ thống',
    ]);
  });

  it('shows a viewer the overview, the plans, the movements and the organisation only', async () => {
    await restoreSession(sessionWith(roleRules('viewer')));
    const { links } = await render();
    expect(links()).toEqual([
      'Tổng quan',
      'Kế hoạch thi đua',
      'Phong trào',
      'Bảng tiêu chí',
      'Cơ cấu tổ chức',
    ]);
  });

  it("shows a unit officer their units' emulation and the reviews of the units below", async () => {
    await restoreSession(sessionWith(roleRules('unit_officer')));
    const { links } = await render();
    expect(links()).toContain('Thi đua của đơn vị');
    expect(links()).toContain('Xét duyệt');
  });

  it("shows an emulation officer the reviews but not the units' own emulation", async () => {
    await restoreSession(sessionWith(roleRules('emulation_officer')));
    const { links } = await render();
    expect(links()).toContain('Xét duyệt');
    expect(links()).not.toContain('Thi đua của đơn vị');
  });

  it('shows an operator the tenants, and while acting inside one a banner with the way back', async () => {
    await restoreSession(sessionWith(roleRules('platform_operator'), { tenantId: null, tenantName: null }));
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const { fixture, host, links } = await render();
    expect(links()).toEqual(['Tổng quan', 'Đơn vị thuê bao', 'Trạng thái hệ thống']);
    expect(host.querySelector('td-impersonation-banner')).toBeNull();

    const auth = TestBed.inject(AuthService);
    auth.startImpersonation(sessionWith(roleRules('tenant_admin'), { id: 'inside' }), 'LĐLĐ tỉnh Khánh Hòa');
    await fixture.whenStable();
    const banner = host.querySelector('td-impersonation-banner');
    expect(banner?.textContent).toContain('Bạn đang thao tác thay mặt Liên đoàn Lao động tỉnh Khánh Hòa');
    expect(links()).toContain('Người dùng');

    banner?.querySelector('button')?.click();
    await fixture.whenStable();
    expect(auth.impersonatedTenant()).toBeNull();
    expect(host.querySelector('td-impersonation-banner')).toBeNull();
    expect(links()).toEqual(['Tổng quan', 'Đơn vị thuê bao', 'Trạng thái hệ thống']);
    expect(navigate).toHaveBeenCalledWith('/tenants');
  });
});
