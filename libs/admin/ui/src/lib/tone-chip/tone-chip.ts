import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TdIcon } from '../icon/icon';
import { IconName } from '../icon/icons';

export type Tone = 'success' | 'warning' | 'error' | 'neutral' | 'info';

/** A small status label: colour, optional icon and words, so colour is never the only signal. */
@Component({
  selector: 'td-tone-chip',
  imports: [TdIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': '"tone-" + tone()' },
  template: `
    @if (icon(); as name) {
      <td-icon [name]="name" />
    }
    <span><ng-content /></span>
  `,
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
    :host(.tone-success) {
      background: var(--td-success-container);
      color: var(--td-on-success-container);
    }
    :host(.tone-warning) {
      background: var(--td-warning-container);
      color: var(--td-on-warning-container);
    }
    :host(.tone-error) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    :host(.tone-info) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    :host(.tone-neutral) {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ToneChip {
  readonly tone = input<Tone>('neutral');
  readonly icon = input<IconName>();
}
