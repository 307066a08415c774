import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { IconName, ICONS } from './icons';

/**
 * An inline SVG icon. Decorative by default (hidden from screen readers); give it a `label` when the
 * icon alone carries meaning.
 */
@Component({
  selector: 'td-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'td-icon',
    '[attr.role]': 'label() ? "img" : null',
    '[attr.aria-label]': 'label() || null',
    '[attr.aria-hidden]': 'label() ? null : "true"',
  },
  template: `<svg viewBox="0 0 24 24" focusable="false"><path [attr.d]="path()" /></svg>`,
  styles: `
    :host {
      display: inline-flex;
      width: var(--td-icon-size, 24px);
      height: var(--td-icon-size, 24px);
      flex: none;
      line-height: 1;
      vertical-align: middle;
    }
    /* inside a Material button, next to its label */
    :host([matButtonIcon]) {
      width: 18px;
      height: 18px;
      margin-inline: -4px 8px;
    }
    svg {
      width: 100%;
      height: 100%;
      fill: currentColor;
    }
  `,
})
export class TdIcon {
  readonly name = input.required<IconName>();
  readonly label = input<string>();
  protected readonly path = computed(() => ICONS[this.name()]);
}
