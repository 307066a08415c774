import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { IconName, TdIcon } from '@thidua/admin/ui';
import { RegistrationStatus } from '@thidua/shared/contracts';

const ICONS: Record<RegistrationStatus | 'none', IconName> = {
  none: 'schedule',
  draft: 'edit',
  submitted: 'send',
  accepted: 'checkCircle',
  returned: 'restore',
};

/** Where a registration or report stands (null: not started yet): colour, icon and words. */
@Component({
  selector: 'td-participation-status-chip',
  imports: [TdIcon, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': '"status-" + key()' },
  template: `<td-icon [name]="icon()" /><span *transloco="let t">{{
      t('participation.status.' + key())
    }}</span>`,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 10px;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      --td-icon-size: 16px;
    }
    :host(.status-none),
    :host(.status-draft) {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
    }
    :host(.status-submitted) {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    :host(.status-accepted) {
      background: var(--td-success-container);
      color: var(--td-on-success-container);
    }
    :host(.status-returned) {
      background: var(--td-warning-container);
      color: var(--td-on-warning-container);
    }
  `,
})
export class ParticipationStatusChip {
  readonly status = input.required<RegistrationStatus | null>();
  protected readonly key = computed(() => this.status() ?? 'none');
  protected readonly icon = computed(() => ICONS[this.key()]);
}
