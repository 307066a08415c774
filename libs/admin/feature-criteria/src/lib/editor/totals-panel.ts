import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { TdIcon } from '@thidua/admin/ui';
import { points } from '../data/criteria.api';
import { Check, Totals } from './criteria-form';

/** Live totals beside the editor: points per group, in all, with the bonus, and what still blocks publishing. */
@Component({
  selector: 'td-totals-panel',
  imports: [TranslocoDirective, TdIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 class="title">{{ t('criteria.totals.title') }}</h2>
      <dl class="rows">
        @for (g of totals().groups; track $index) {
          <div class="row">
            <dt>
              <span class="code">{{ g.code || '—' }}</span> {{ g.name || t('criteria.totals.unnamed') }}
              <span class="count">{{ t('criteria.summary.criteriaCount', { count: g.count }) }}</span>
            </dt>
            <dd>{{ points(g.max) }}</dd>
          </div>
        }
        <div class="row total">
          <dt>{{ t('criteria.totals.criteria') }}</dt>
          <dd class="grand-total">{{ points(totals().max) }}</dd>
        </div>
        <div class="row">
          <dt>{{ t('criteria.totals.bonus') }}</dt>
          <dd>+{{ points(totals().bonusMax) }}</dd>
        </div>
        <div class="row">
          <dt>{{ t('criteria.totals.reachable') }}</dt>
          <dd>{{ points(totals().max + totals().bonusMax) }}</dd>
        </div>
      </dl>
      @if (checks().length) {
        <ul class="checks" [attr.aria-label]="t('criteria.totals.checks')">
          @for (check of checks(); track $index) {
            <li><td-icon name="warning" />{{ t('criteria.checks.' + check.key, check.params ?? {}) }}</li>
          }
        </ul>
      } @else {
        <p class="ready"><td-icon name="checkCircle" />{{ t('criteria.totals.ready') }}</p>
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
      padding: 16px 20px;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-low);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .title {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .rows {
      margin: 0;
    }
    .row {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      gap: 12px;
      padding: 6px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      dt {
        min-width: 0;
        font: var(--mat-sys-body-medium);
      }
      dd {
        margin: 0;
        font: var(--mat-sys-label-large);
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
    }
    .total {
      border-bottom-width: 2px;
      dt {
        font-weight: 600;
      }
    }
    .grand-total {
      font: var(--mat-sys-title-large) !important;
      color: var(--mat-sys-primary);
    }
    .code {
      font-weight: 600;
      color: var(--mat-sys-primary);
    }
    .count {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .checks {
      list-style: none;
      margin: 12px 0 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 6px;
      li {
        display: flex;
        gap: 6px;
        font: var(--mat-sys-body-small);
        color: var(--td-on-warning-container);
        --td-icon-size: 18px;
      }
    }
    .ready {
      display: flex;
      align-items: center;
      gap: 6px;
      margin: 12px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--td-on-success-container);
      --td-icon-size: 18px;
    }
  `,
})
export class TotalsPanel {
  readonly totals = input.required<Totals>();
  readonly checks = input.required<Check[]>();
  protected readonly points = points;
}
