import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { restoreSession, roleRules, sessionWith } from '../../testing';
import { AuthService } from '../auth/auth.service';
import { CanDirective } from './can.directive';

@Component({
  selector: 'td-host',
  imports: [CanDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button *tdCan="'create'; subject: 'OrgUnit'" class="create">Tạo đơn vị</button>
    <button *tdCan="'read'; subject: 'OrgUnit'" class="read">Xem</button>
  `,
})
class Host {}

describe('CanDirective', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] }),
  );

  it('shows an action only while the session allows it', async () => {
    await restoreSession(sessionWith(roleRules('viewer')));
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.querySelector('.create')).toBeNull();
    expect(host.querySelector('.read')).not.toBeNull();

    const admin = sessionWith(roleRules('tenant_admin'), { id: 'admin' });
    TestBed.inject(AuthService).startImpersonation(admin, 'LĐLĐ');
    await fixture.whenStable();
    expect(host.querySelector('.create')).not.toBeNull();

    TestBed.inject(AuthService).clear();
    await fixture.whenStable();
    expect(host.querySelectorAll('button')).toHaveLength(0);
  });
});
