import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthService } from '@thidua/admin/core';
import { provideTranslocoTesting } from '@thidua/admin/core/testing';
import { HomePage } from './home.page';

describe('HomePage', () => {
  it('greets the signed-in user by display name and names the federation', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting({
          vi: { home: { greeting: 'Xin chào, {{name}}', subtitle: 'Bạn đang làm việc tại {{tenant}}.' } },
        }),
      ],
    });
    const signIn = TestBed.inject(AuthService).signIn('hoa@ldld.vn', 'x');
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/sign-in')
      .flush({
        accessToken: 'a',
        expiresIn: 900,
        rules: [],
        user: {
          id: 'u',
          displayName: 'Nguyễn Thị Hoa',
          email: 'hoa@ldld.vn',
          phone: null,
          tenantId: 't',
          tenantName: 'LĐLĐ tỉnh Khánh Hòa',
          roles: [],
        },
      });
    await signIn;

    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.querySelector('h1')?.textContent).toBe('Xin chào, Nguyễn Thị Hoa');
    expect(host.textContent).toContain('Bạn đang làm việc tại LĐLĐ tỉnh Khánh Hòa.');
    expect(host.querySelector('a[href="/system"]')).not.toBeNull();
  });
});
