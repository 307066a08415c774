import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterOutlet } from '@angular/router';
import { AuthService, LanguageService } from '@thidua/admin/core';
import { AppShell, NavItem } from '@thidua/admin/ui';

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.home', icon: 'dashboard', exact: true },
  { path: '/system', labelKey: 'nav.system', icon: 'dns' },
];

/** Wires the presentational shell to the session and the language. */
@Component({
  selector: 'td-shell-page',
  imports: [AppShell, RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <td-app-shell
      [userName]="user()?.displayName ?? ''"
      [userDetail]="user()?.email ?? user()?.phone ?? null"
      [tenantName]="user()?.tenantName ?? null"
      [lang]="language.lang()"
      [navItems]="navItems"
      (langChange)="language.use($event)"
      (signOut)="signOut()"
    >
      <router-outlet />
    </td-app-shell>
  `,
})
export class ShellPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageService);
  protected readonly user = computed(() => this.auth.user());
  protected readonly navItems = NAV_ITEMS;

  protected async signOut(): Promise<void> {
    await this.auth.signOut();
    await this.router.navigateByUrl('/sign-in');
  }
}
