import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import { TdIcon } from '../icon/icon';

/** A failed load, said plainly, with a way to try again. Announced to screen readers. */
@Component({
  selector: 'td-error-state',
  imports: [MatButton, TdIcon, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'alert' },
  template: `
    <ng-container *transloco="let t">
      <td-icon class="icon" name="error" />
      <div class="body">
        <h2 class="title">{{ title() || t('common.errorTitle') }}</h2>
        <p class="message">{{ message() }}</p>
        @if (retryable()) {
          <button matButton="outlined" type="button" (click)="retry.emit()">
            <td-icon matButtonIcon name="refresh" />
            {{ t('common.retry') }}
          </button>
        }
      </div>
    </ng-container>
  `,
  styles: `
    :host {
      display: flex;
      gap: 16px;
      align-items: flex-start;
      padding: 20px 24px;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .icon {
      --td-icon-size: 32px;
      color: var(--mat-sys-error);
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .message {
      margin: 4px 0 12px;
      font: var(--mat-sys-body-medium);
    }
    button {
      --td-icon-size: 18px;
    }
  `,
})
export class ErrorState {
  readonly message = input.required<string>();
  readonly title = input<string>();
  readonly retryable = input(true);
  readonly retry = output<void>();
}
