import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import { TdIcon } from '../icon/icon';

/** Always visible while a platform operator acts inside a tenant, with the way back. */
@Component({
  selector: 'td-impersonation-banner',
  imports: [MatButton, TranslocoDirective, TdIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'status' },
  template: `
    <ng-container *transloco="let t">
      <td-icon name="warning" />
      <span class="text">{{ t('shell.impersonating', { tenant: tenantName() }) }}</span>
      <button matButton="filled" type="button" class="exit" (click)="exitImpersonation.emit()">
        <td-icon matButtonIcon name="logout" />
        {{ t('shell.exitImpersonation') }}
      </button>
    </ng-container>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      padding: 8px 16px;
      background: var(--td-warning-container);
      color: var(--td-on-warning-container);
      border-bottom: 1px solid var(--td-brand-gold);
      font: var(--mat-sys-title-small);
    }
    .text {
      flex: 1;
      min-width: 12ch;
    }
    .exit {
      --mat-button-filled-container-color: var(--td-on-warning-container);
      --mat-button-filled-container-height: 34px;
    }
  `,
})
export class ImpersonationBanner {
  readonly tenantName = input.required<string>();
  readonly exitImpersonation = output<void>();
}
