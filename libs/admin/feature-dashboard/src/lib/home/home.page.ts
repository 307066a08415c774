import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { AuthService } from '@thidua/admin/core';
import { EmptyState, PageHeader, TdIcon } from '@thidua/admin/ui';

/** "Tổng quan": a greeting for now; movements, deadlines and dossiers will live here. */
@Component({
  selector: 'td-home-page',
  imports: [MatButton, RouterLink, TranslocoDirective, PageHeader, EmptyState, TdIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <td-page-header
        [title]="t('home.greeting', { name: displayName() })"
        [subtitle]="tenantName() ? t('home.subtitle', { tenant: tenantName() }) : t('home.subtitleOperator')"
      />
      <td-empty-state icon="dashboard" [title]="t('home.emptyTitle')" [message]="t('home.emptyText')">
        <a matButton="tonal" routerLink="/system">
          <td-icon matButtonIcon name="dns" />
          {{ t('home.systemLink') }}
        </a>
      </td-empty-state>
    </ng-container>
  `,
  styles: `
    a {
      --td-icon-size: 18px;
    }
  `,
})
export class HomePage {
  private readonly auth = inject(AuthService);
  protected readonly displayName = computed(() => this.auth.user()?.displayName ?? '');
  protected readonly tenantName = computed(() => this.auth.user()?.tenantName ?? null);
}
