import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { TdIcon } from '@thidua/admin/ui';
import { PlanStatus } from '@thidua/shared/contracts';
import { STATUS_ICONS } from '../data/plan-status';

/** The status of a plan: its own colour, an icon and the words, so colour is never the only signal. */
@Component({
  selector: 'td-plan-status-chip',
  imports: [TdIcon, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': '"status-" + status()' },
  template: `<td-icon [name]="icon()" /><span *transloco="let t">{{ t('plans.status.' + status()) }}</span>`,
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
    :host(.status-draft) {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
    }
    :host(.status-in_approval) {
      background: var(--td-warning-container);
      color: var(--td-on-warning-container);
    }
    :host(.status-issued) {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    :host(.status-in_progress) {
      background: var(--td-success-container);
      color: var(--td-on-success-container);
    }
    :host(.status-reviewing) {
      background: #ebe3f7;
      color: #3d2770;
    }
    :host(.status-closed) {
      background: var(--mat-sys-inverse-surface);
      color: var(--mat-sys-inverse-on-surface);
    }
  `,
})
export class PlanStatusChip {
  readonly status = input.required<PlanStatus>();
  protected readonly icon = computed(() => STATUS_ICONS[this.status()]);
}
