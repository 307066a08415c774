import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { TdIcon, ToneChip } from '@thidua/admin/ui';
import { maxTotalOf, ScorecardDto } from '@thidua/shared/contracts';
import { points } from '../data/scoring.api';
import { LiveOutcome } from './score-form';

/** The live totals and the rank band they reach: the unit's, the reviewers', and the final result. */
@Component({
  selector: 'td-score-summary',
  imports: [TranslocoDirective, TdIcon, ToneChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2>{{ t('scorecard.summary.title') }}</h2>
      @if (card().status === 'final') {
        <div class="figure final">
          <span class="label">{{ t('scorecard.summary.final') }}</span>
          <span class="total" data-total="final">{{ pts(card().finalTotal) }}</span>
          <span class="of">/ {{ pts(max()) }}</span>
          <td-tone-chip class="band" [tone]="card().finalBand ? 'success' : 'neutral'" icon="emojiEvents">{{
            card().finalBand ?? t('scorecard.summary.noBand')
          }}</td-tone-chip>
        </div>
      }
      @if (self(); as s) {
        <div class="figure">
          <span class="label">{{ t('scorecard.summary.self') }}</span>
          <span class="total" data-total="self">{{ pts(s.total) }}</span>
          <span class="of">/ {{ pts(max()) }}</span>
          <td-tone-chip class="band" [tone]="s.band ? 'info' : 'neutral'">{{
            s.band ?? t('scorecard.summary.noBand')
          }}</td-tone-chip>
        </div>
      }
      @if (review(); as r) {
        <div class="figure">
          <span class="label">{{ t('scorecard.summary.review') }}</span>
          <span class="total" data-total="review">{{ pts(r.total) }}</span>
          <span class="of">/ {{ pts(max()) }}</span>
          <td-tone-chip class="band" [tone]="r.band ? 'info' : 'neutral'">{{
            r.band ?? t('scorecard.summary.noBand')
          }}</td-tone-chip>
        </div>
      }
      @if (card().editable && (self()?.missing ?? 0) > 0) {
        <p class="hint">
          <td-icon name="info" />{{ t('scorecard.summary.missing', { count: self()?.missing }) }}
        </p>
      }
      <p class="bonus">
        {{ t('scorecard.summary.rule', { max: pts(max()), bonus: pts(card().criteriaSet.bonusMax) }) }}
      </p>
      <ul class="bands">
        @for (b of card().criteriaSet.bands; track b.name) {
          <li>
            <strong>{{ b.name }}</strong>
            <span>{{
              b.minCriterionRatio === null
                ? t('scorecard.summary.bandFrom', { min: pts(b.minTotal) })
                : t('scorecard.summary.bandFromRatio', {
                    min: pts(b.minTotal),
                    ratio: pts(b.minCriterionRatio * 100),
                  })
            }}</span>
          </li>
        }
      </ul>
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
    }
    h2 {
      margin: 0 0 12px;
      font: var(--mat-sys-title-medium);
    }
    .figure {
      display: grid;
      grid-template-columns: auto 1fr;
      align-items: baseline;
      column-gap: 6px;
      padding: 10px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .label {
      grid-column: 1 / -1;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .total {
      font: var(--mat-sys-display-small);
      font-variant-numeric: tabular-nums;
      color: var(--mat-sys-primary);
    }
    .final .total {
      color: var(--td-on-success-container);
    }
    .of {
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .band {
      grid-column: 1 / -1;
      justify-self: start;
      margin-top: 4px;
    }
    .hint {
      display: flex;
      gap: 6px;
      align-items: center;
      margin: 4px 0 8px;
      font: var(--mat-sys-body-medium);
      color: var(--td-on-warning-container);
      --td-icon-size: 18px;
    }
    .bonus {
      margin: 8px 0 4px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .bands {
      margin: 0;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-body-small);
      li {
        display: flex;
        justify-content: space-between;
        gap: 8px;
        padding: 3px 0;
      }
      span {
        color: var(--mat-sys-on-surface-variant);
        text-align: right;
      }
    }
  `,
})
export class ScoreSummary {
  readonly card = input.required<ScorecardDto>();
  readonly self = input<LiveOutcome | null>(null);
  readonly review = input<LiveOutcome | null>(null);

  protected readonly pts = points;
  protected readonly max = computed(() => maxTotalOf(this.card().criteriaSet));
}
