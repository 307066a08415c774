import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatTooltip } from '@angular/material/tooltip';
import { TranslocoDirective } from '@jsverse/transloco';
import { TdIcon } from '../icon/icon';

/** Move up, move down and remove buttons for one entry of an ordered list. */
@Component({
  selector: 'td-row-tools',
  imports: [MatIconButton, MatTooltip, TranslocoDirective, TdIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <button
        matIconButton
        type="button"
        class="up"
        [disabled]="index() === 0"
        [matTooltip]="t('common.rowTools.moveUp')"
        [attr.aria-label]="t('common.rowTools.moveUpItem', { item: label() })"
        (click)="moved.emit(-1)"
      >
        <td-icon name="expandMore" />
      </button>
      <button
        matIconButton
        type="button"
        [disabled]="index() === count() - 1"
        [matTooltip]="t('common.rowTools.moveDown')"
        [attr.aria-label]="t('common.rowTools.moveDownItem', { item: label() })"
        (click)="moved.emit(1)"
      >
        <td-icon name="expandMore" />
      </button>
      <button
        matIconButton
        type="button"
        [matTooltip]="t('common.rowTools.remove')"
        [attr.aria-label]="t('common.rowTools.removeItem', { item: label() })"
        (click)="removed.emit()"
      >
        <td-icon name="delete" />
      </button>
    </ng-container>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex: none;
      --td-icon-size: 20px;
      color: var(--mat-sys-on-surface-variant);
    }
    .up td-icon {
      transform: rotate(180deg);
    }
  `,
})
export class RowTools {
  readonly index = input.required<number>();
  readonly count = input.required<number>();
  /** Names the entry for screen readers, e.g. "Căn cứ 2" or "Tiêu chí 1.2". */
  readonly label = input.required<string>();
  readonly moved = output<-1 | 1>();
  readonly removed = output<void>();
}
