import { BreakpointObserver, BreakpointState } from '@angular/cdk/layout';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslocoTesting } from '@thidua/admin/core/testing';
import { BehaviorSubject } from 'rxjs';
import { AppShell } from './app-shell';

describe('AppShell', () => {
  const handset = new BehaviorSubject<BreakpointState>({ matches: false, breakpoints: {} });

  beforeEach(() =>
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideTranslocoTesting({
          vi: {
            nav: { home: 'Tổng quan', system: 'Trạng thái hệ thống' },
            shell: { openNav: 'Mở menu điều hướng', signOut: 'Đăng xuất' },
          },
        }),
        { provide: BreakpointObserver, useValue: { observe: () => handset } },
      ],
    }),
  );

  function render() {
    const fixture = TestBed.createComponent(AppShell);
    fixture.componentRef.setInput('userName', 'Nguyễn Thị Hoa');
    fixture.componentRef.setInput('tenantName', 'LĐLĐ tỉnh Khánh Hòa');
    fixture.componentRef.setInput('lang', 'vi');
    fixture.componentRef.setInput('navItems', [
      { path: '/', labelKey: 'nav.home', icon: 'dashboard', exact: true },
      { path: '/system', labelKey: 'nav.system', icon: 'dns' },
    ]);
    fixture.detectChanges();
    return fixture;
  }

  it('shows the product, the tenant, the user and the translated navigation', () => {
    handset.next({ matches: false, breakpoints: {} });
    const host = render().nativeElement as HTMLElement;
    expect(host.querySelector('.product')?.textContent).toBe('ThiĐua');
    expect(host.querySelector('.tenant')?.textContent).toBe('LĐLĐ tỉnh Khánh Hòa');
    expect(host.querySelector('.user-name')?.textContent).toBe('Nguyễn Thị Hoa');
    const links = Array.from(host.querySelectorAll('nav a')).map((a) => a.textContent?.trim());
    expect(links).toEqual(['Tổng quan', 'Trạng thái hệ thống']);
    expect(host.querySelector('.menu-button')).toBeNull();
  });

  it('offers sign-out in the user menu', async () => {
    handset.next({ matches: false, breakpoints: {} });
    const fixture = render();
    let signedOut = 0;
    fixture.componentInstance.signOut.subscribe(() => signedOut++);
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('.user-button')!.click();
    await fixture.whenStable();
    const item = document.querySelector<HTMLButtonElement>('.mat-mdc-menu-panel button[mat-menu-item]');
    expect(item?.textContent?.trim()).toBe('Đăng xuất');
    item!.click();
    expect(signedOut).toBe(1);
  });

  it('turns the navigation into a drawer with a menu button on phones', () => {
    handset.next({ matches: true, breakpoints: {} });
    const host = render().nativeElement as HTMLElement;
    expect(host.querySelector('.menu-button')?.getAttribute('aria-label')).toBe('Mở menu điều hướng');
  });
});
