import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { IconName, TdIcon } from '@thidua/admin/ui';
import { ScorecardStatus } from '@thidua/shared/contracts';

const ICONS: Record<ScorecardStatus | 'none', IconName> = {
  none: 'schedule',
  draft: 'edit',
  submitted: 'send',
  returned: 'restore',
  final: 'checkCircle',
};

/** Where a scorecard stands (null: not started yet): colour, icon and words. */
@Component({
  selector: 'td-scorecard-status-chip',
  imports: [TdIcon, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': '"status-" + key()' },
  template: `<td-icon [name]="icon()" /><span *transloco="let t">{{ t('scorecard.status.' + key()) }}</span>`,
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
    :host(.status-final) {
      background: var(--td-success-container);
      color: var(--td-on-success-container);
    }
    :host(.status-returned) {
      background: var(--td-warning-container);
      color: var(--td-on-warning-container);
    }
  `,
})
export class ScorecardStatusChip {
  readonly status = input.required<ScorecardStatus | null>();
  protected readonly key = computed(() => this.status() ?? 'none');
  protected readonly icon = computed(() => ICONS[this.key()]);
}
