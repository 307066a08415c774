import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterOutlet } from '@angular/router';
import { AbilityService, AuthService, LanguageService } from '@thidua/admin/core';
import { AppShell, ImpersonationBanner, NavItem } from '@thidua/admin/ui';
import { Action, Subject } from '@thidua/shared/permissions';

/** A navigation entry and what the user must be allowed to do to see it. */
export interface GuardedNavItem extends NavItem {
  requires?: { action: Action; subject: Subject };
}

export const NAV_ITEMS: readonly GuardedNavItem[] = [
  { path: '/', labelKey: 'nav.home', icon: 'dashboard', exact: true },
  {
    path: '/tenants',
    labelKey: 'nav.tenants',
    icon: 'business',
    requires: { action: 'read', subject: 'Tenant' },
  },
  {
    path: '/plans',
    labelKey: 'nav.plans',
    icon: 'flag',
    requires: { action: 'read', subject: 'Plan' },
  },
  {
    path: '/my-plans',
    labelKey: 'nav.myPlans',
    icon: 'emojiEvents',
    requires: { action: 'update', subject: 'Registration' },
  },
  {
    path: '/reviews',
    labelKey: 'nav.reviews',
    icon: 'checkCircle',
    requires: { action: 'approve', subject: 'Registration' },
  },
  {
    path: '/movements',
    labelKey: 'nav.movements',
    icon: 'emojiEvents',
    requires: { action: 'read', subject: 'Movement' },
  },
  {
    path: '/criteria-sets',
    labelKey: 'nav.criteriaSets',
    icon: 'description',
    requires: { action: 'read', subject: 'CriteriaSet' },
  },
  {
    path: '/org',
    labelKey: 'nav.org',
    icon: 'accountTree',
    requires: { action: 'read', subject: 'OrgUnit' },
  },
  { path: '/users', labelKey: 'nav.users', icon: 'group', requires: { action: 'read', subject: 'User' } },
  {
    path: '/roles',
    labelKey: 'nav.roles',
    icon: 'verifiedUser',
    requires: { action: 'read', subject: 'Role' },
  },
  {
    path: '/audit',
    labelKey: 'nav.audit',
    icon: 'history',
    requires: { action: 'read', subject: 'AuditLog' },
  },
  {
    path: '/system',
    labelKey: 'nav.system',
    icon: 'dns',
    requires: { action: 'read', subject: 'SystemStatus' },
  },
];

/** Wires the presentational shell to the session, the permissions and the language. */
@Component({
  selector: 'td-shell-page',
  imports: [AppShell, RouterOutlet, ImpersonationBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <td-app-shell
      [userName]="user()?.displayName ?? ''"
      [userDetail]="user()?.email ?? user()?.phone ?? null"
      [tenantName]="user()?.tenantName ?? null"
      [lang]="language.lang()"
      [navItems]="navItems()"
      (langChange)="language.use($event)"
      (signOut)="signOut()"
    >
      @if (impersonatedTenant(); as tenant) {
        <td-impersonation-banner banner [tenantName]="tenant" (exitImpersonation)="exitImpersonation()" />
      }
      <router-outlet />
    </td-app-shell>
  `,
})
export class ShellPage {
  private readonly auth = inject(AuthService);
  private readonly ability = inject(AbilityService);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageService);
  protected readonly user = computed(() => this.auth.user());
  protected readonly impersonatedTenant = this.auth.impersonatedTenant;
  /** Only the pages the user may open. */
  protected readonly navItems = computed(() =>
    NAV_ITEMS.filter(
      (item) => !item.requires || this.ability.can(item.requires.action, item.requires.subject),
    ),
  );

  protected async signOut(): Promise<void> {
    await this.auth.signOut();
    await this.router.navigateByUrl('/sign-in');
  }

  protected async exitImpersonation(): Promise<void> {
    this.auth.exitImpersonation();
    await this.router.navigateByUrl('/tenants');
  }
}
