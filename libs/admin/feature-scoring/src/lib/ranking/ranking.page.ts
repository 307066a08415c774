import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { CanDirective } from '@thidua/admin/core';
import { PageHeader, TdIcon } from '@thidua/admin/ui';
import { PlanDto } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { ScoringApi } from '../data/scoring.api';
import { ScorecardTable } from './scorecard-table';

/** "Xếp hạng": a plan's scorecards ranked by final total, filtered and searched on the server. */
@Component({
  selector: 'td-ranking-page',
  imports: [MatButton, RouterLink, TranslocoDirective, CanDirective, PageHeader, TdIcon, ScorecardTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <td-page-header
        [title]="t('scorecard.ranking.title')"
        [subtitle]="plan() ? (plan()?.numberText ? plan()?.numberText + ' · ' : '') + plan()?.title : ''"
      >
        <div actions class="header-actions">
          <a matButton="outlined" [routerLink]="['/plans', planId()]"
            ><td-icon matButtonIcon name="arrowBack" />{{ t('scorecard.ranking.back') }}</a
          >
          <a
            *tdCan="'read'; subject: 'PhaseReport'"
            matButton="tonal"
            [routerLink]="['/plans', planId(), 'dashboard']"
            ><td-icon matButtonIcon name="dashboard" />{{ t('planDashboard.title') }}</a
          >
        </div>
      </td-page-header>
      <td-scorecard-table [planId]="planId()" initialSort="total" origin="ranking" />
    </ng-container>
  `,
  styles: `
    .header-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class RankingPage {
  private readonly api = inject(ScoringApi);

  readonly planId = input.required<string>();
  protected readonly plan = signal<PlanDto | null>(null);

  constructor() {
    effect(() => {
      const id = this.planId();
      untracked(() =>
        firstValueFrom(this.api.plan(id)).then(
          (plan) => this.plan.set(plan),
          () => this.plan.set(null),
        ),
      );
    });
  }
}
