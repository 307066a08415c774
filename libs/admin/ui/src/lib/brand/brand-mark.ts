import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The ThiĐua mark: a five-pointed star on a deep-blue shield with a red band. Decorative. */
@Component({
  selector: 'td-brand-mark',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true', '[style.--td-brand-size.px]': 'size()' },
  template: `
    <svg viewBox="0 0 48 48" focusable="false">
      <path class="shield" d="M24 2 42 8v14c0 11.5-7.6 20.6-18 24C13.6 42.6 6 33.5 6 22V8z" />
      <path class="band" d="M6 30h36a19.6 19.6 0 0 1-3.2 6H9.2A19.6 19.6 0 0 1 6 30z" />
      <path class="star" d="m24 9.5 3.4 8.6 9.2.5-7.1 5.8 2.4 8.9L24 28.3l-7.9 5 2.4-8.9-7.1-5.8 9.2-.5z" />
    </svg>
  `,
  styles: `
    :host {
      display: inline-flex;
      width: var(--td-brand-size, 32px);
      height: var(--td-brand-size, 32px);
      flex: none;
    }
    svg {
      width: 100%;
      height: 100%;
    }
    .shield {
      fill: var(--td-brand-blue, #17408b);
      stroke: var(--td-brand-gold, #f6c344);
      stroke-width: 1.5;
    }
    .band {
      fill: var(--td-brand-red, #c62828);
    }
    .star {
      fill: var(--td-brand-gold, #f6c344);
    }
  `,
})
export class BrandMark {
  readonly size = input(32);
}
