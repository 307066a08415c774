import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { ServiceState } from '@thidua/shared/contracts';
import { TdIcon } from '../icon/icon';

/** Up / down (or not yet known) with colour, icon and words, so colour is never the only signal. */
@Component({
  selector: 'td-status-chip',
  imports: [TdIcon, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': '"state-" + (state() ?? "unknown")' },
  template: `
    <ng-container *transloco="let t">
      <td-icon [name]="icon()" />
      <span>{{ label() || t('status.' + (state() ?? 'unknown')) }}</span>
    </ng-container>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      padding: 4px 12px 4px 8px;
      border-radius: 999px;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
      --td-icon-size: 18px;
    }
    :host(.state-up) {
      background: var(--td-success-container);
      color: var(--td-on-success-container);
    }
    :host(.state-down) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    :host(.state-unknown) {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class StatusChip {
  /** null while nothing is known yet. */
  readonly state = input.required<ServiceState | null>();
  /** Overrides the default words (Hoạt động / Ngừng hoạt động). */
  readonly label = input<string>();
  protected readonly icon = computed(() =>
    this.state() === 'up' ? 'checkCircle' : this.state() === 'down' ? 'error' : 'help',
  );
}
