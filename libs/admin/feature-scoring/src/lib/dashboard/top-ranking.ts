import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { ToneChip } from '@thidua/admin/ui';
import { ScorecardListItemDto } from '@thidua/shared/contracts';
import { points } from '../data/scoring.api';
import { ScorecardStatusChip } from '../ui/scorecard-status-chip';
import { PickedUnit } from './unit-detail.dialog';

/** The plan's leading units by final total; a row opens the unit's detail. */
@Component({
  selector: 'td-top-ranking',
  imports: [TranslocoDirective, ToneChip, ScorecardStatusChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <table class="standings" [attr.aria-label]="t('planDashboard.ranking.title')">
        <thead>
          <tr>
            <th class="num">{{ t('scorecard.list.columns.position') }}</th>
            <th>{{ t('scorecard.list.columns.unit') }}</th>
            <th class="wide-only">{{ t('scorecard.list.columns.status') }}</th>
            <th class="num">{{ t('scorecard.list.columns.finalTotal') }}</th>
            <th class="wide-only">{{ t('scorecard.list.columns.band') }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of items(); track row.id) {
            <tr class="clickable" tabindex="0" (click)="open(row)" (keydown.enter)="open(row)">
              <td class="num">{{ row.position ?? '—' }}</td>
              <td>
                <span class="strong">{{ row.unit.name }}</span>
                <span class="muted">{{ row.unit.code }}</span>
              </td>
              <td class="wide-only"><td-scorecard-status-chip [status]="row.status" /></td>
              <td class="num">
                <strong>{{ pts(row.finalTotal ?? row.selfTotal) }}</strong>
              </td>
              <td class="wide-only">
                @if (row.finalBand) {
                  <td-tone-chip tone="success">{{ row.finalBand }}</td-tone-chip>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </ng-container>
  `,
  styleUrl: './standings.scss',
})
export class TopRanking {
  readonly items = input.required<ScorecardListItemDto[]>();
  readonly picked = output<PickedUnit>();
  protected readonly pts = points;

  protected open(row: ScorecardListItemDto): void {
    this.picked.emit({ unit: row.unit, status: row.status, total: row.finalTotal, band: row.finalBand });
  }
}
