import { TestBed } from '@angular/core/testing';
import { provideTranslocoTesting } from '@thidua/admin/core/testing';
import { ImpersonationBanner } from './impersonation-banner';

describe('ImpersonationBanner', () => {
  it('says on whose behalf the operator acts and offers the way back', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTranslocoTesting({
          vi: {
            shell: { impersonating: 'Bạn đang thao tác thay mặt {{tenant}}.', exitImpersonation: 'Thoát' },
          },
        }),
      ],
    });
    const fixture = TestBed.createComponent(ImpersonationBanner);
    fixture.componentRef.setInput('tenantName', 'Liên đoàn Lao động tỉnh Khánh Hòa');
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.getAttribute('role')).toBe('status');
    expect(host.textContent).toContain('Bạn đang thao tác thay mặt Liên đoàn Lao động tỉnh Khánh Hòa.');
    let exits = 0;
    fixture.componentInstance.exitImpersonation.subscribe(() => exits++);
    host.querySelector('button')!.click();
    expect(exits).toBe(1);
  });
});
