import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatListItem, MatListItemIcon, MatListItemTitle, MatNavList } from '@angular/material/list';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { MatToolbar } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { Locale } from '@thidua/shared/contracts';
import { map } from 'rxjs';
import { BrandMark } from '../brand/brand-mark';
import { TdIcon } from '../icon/icon';
import { LanguageSwitch } from '../language-switch/language-switch';
import { NavItem } from './nav-item';

/** Below this width the side navigation becomes a drawer behind a menu button. */
export const HANDSET_QUERY = '(max-width: 767.98px)';

/**
 * The signed-in layout: top bar (product, tenant, language, user menu) and side navigation.
 * Presentational: the app passes the session facts in and handles the two outputs.
 */
@Component({
  selector: 'td-app-shell',
  imports: [
    MatToolbar,
    MatButton,
    MatIconButton,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatSidenav,
    MatSidenavContainer,
    MatSidenavContent,
    MatNavList,
    MatListItem,
    MatListItemIcon,
    MatListItemTitle,
    RouterLink,
    RouterLinkActive,
    TranslocoDirective,
    BrandMark,
    TdIcon,
    LanguageSwitch,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app-shell.html',
  styleUrl: './app-shell.scss',
})
export class AppShell {
  readonly productName = input('ThiĐua');
  readonly tenantName = input<string | null>(null);
  readonly userName = input.required<string>();
  /** E-mail or phone shown under the name in the user menu. */
  readonly userDetail = input<string | null>(null);
  readonly lang = input.required<string>();
  readonly navItems = input.required<readonly NavItem[]>();

  readonly langChange = output<Locale>();
  readonly signOut = output<void>();

  protected readonly handset = toSignal(
    inject(BreakpointObserver)
      .observe(HANDSET_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected closeIfDrawer(sidenav: MatSidenav): void {
    if (this.handset()) void sidenav.close();
  }
}
