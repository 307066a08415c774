import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TdIcon } from '../icon/icon';
import { IconName } from '../icon/icons';

/** Shown where a list or a page has nothing yet; project a call to action as content. */
@Component({
  selector: 'td-empty-state',
  imports: [TdIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <td-icon class="icon" [name]="icon()" />
    <h2 class="title">{{ title() }}</h2>
    @if (message()) {
      <p class="message">{{ message() }}</p>
    }
    <div class="action"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      text-align: center;
      gap: 8px;
      padding: 40px 24px;
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-lowest);
    }
    .icon {
      --td-icon-size: 48px;
      color: var(--mat-sys-primary);
      opacity: 0.8;
    }
    .title {
      margin: 8px 0 0;
      font: var(--mat-sys-title-medium);
    }
    .message {
      margin: 0;
      max-width: 56ch;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .action:empty {
      display: none;
    }
    .action {
      margin-top: 8px;
    }
  `,
})
export class EmptyState {
  readonly title = input.required<string>();
  readonly message = input<string>();
  readonly icon = input<IconName>('inbox');
}
