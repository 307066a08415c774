import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TdIcon } from '../icon/icon';
import { IconName } from '../icon/icons';

/**
 * A message inside a page or a dialog. Errors are announced at once (role=alert); other tones
 * politely (role=status).
 */
@Component({
  selector: 'td-alert',
  imports: [TdIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[class]': '"tone-" + tone()',
    '[attr.role]': 'tone() === "error" ? "alert" : "status"',
  },
  template: `
    <td-icon [name]="icon()" />
    <div class="body"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      gap: 10px;
      align-items: flex-start;
      padding: 12px 14px;
      border-radius: var(--mat-sys-corner-medium);
      font: var(--mat-sys-body-medium);
      --td-icon-size: 20px;
    }
    .body {
      flex: 1;
      min-width: 0;
    }
    :host(.tone-error) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    :host(.tone-warning) {
      background: var(--td-warning-container);
      color: var(--td-on-warning-container);
    }
    :host(.tone-success) {
      background: var(--td-success-container);
      color: var(--td-on-success-container);
    }
    :host(.tone-info) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class Alert {
  readonly tone = input<'error' | 'warning' | 'success' | 'info'>('error');
  protected readonly icon = computed<IconName>(() => {
    const icons = { error: 'error', warning: 'warning', success: 'checkCircle', info: 'info' } as const;
    return icons[this.tone()];
  });
}
