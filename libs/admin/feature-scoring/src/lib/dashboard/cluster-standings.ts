import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { ToneChip } from '@thidua/admin/ui';
import { ClusterStanding, PlanDashboardDto } from '@thidua/shared/contracts';
import type { ECElementEvent } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { points } from '../data/scoring.api';
import { ScorecardStatusChip } from '../ui/scorecard-status-chip';
import { CHART_INIT } from './charts';
import { clusterChart } from './dashboard-view';
import { PickedUnit } from './unit-detail.dialog';

type Cluster = PlanDashboardDto['clusters'][number];

/** Each cluster or bloc: its members ranked (table and bars); a member opens the unit's detail. */
@Component({
  selector: 'td-cluster-standings',
  imports: [TranslocoDirective, ToneChip, ScorecardStatusChip, NgxEchartsDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @for (c of clusters(); track c.id; let i = $index) {
        <section class="cluster" [attr.aria-label]="c.name">
          <header>
            <h3>{{ c.name }}</h3>
            <td-tone-chip tone="info">{{ t('planDashboard.clusters.kind.' + c.kind) }}</td-tone-chip>
            @if (c.leader) {
              <td-tone-chip tone="success" icon="emojiEvents">{{
                t('planDashboard.clusters.leader', { unit: c.leader.name })
              }}</td-tone-chip>
            }
          </header>
          <div class="body">
            <table class="standings">
              <thead>
                <tr>
                  <th class="num">{{ t('scorecard.list.columns.position') }}</th>
                  <th>{{ t('scorecard.list.columns.unit') }}</th>
                  <th>{{ t('scorecard.list.columns.status') }}</th>
                  <th class="num">{{ t('planDashboard.clusters.total') }}</th>
                </tr>
              </thead>
              <tbody>
                @for (s of c.standings; track s.unit.id) {
                  <tr class="clickable" tabindex="0" (click)="open(s)" (keydown.enter)="open(s)">
                    <td class="num">{{ s.position ?? '—' }}</td>
                    <td>
                      <span class="strong">{{ s.unit.name }}</span>
                      <span class="muted">{{ s.unit.code }}{{ s.finalBand ? ' · ' + s.finalBand : '' }}</span>
                    </td>
                    <td><td-scorecard-status-chip [status]="s.scorecardStatus" /></td>
                    <td class="num">{{ pts(s.finalTotal ?? s.selfTotal) }}</td>
                  </tr>
                }
              </tbody>
            </table>
            <div
              class="chart"
              echarts
              [initOpts]="init"
              [options]="charts()[i]"
              [style.height.px]="40 + c.standings.length * 36"
              (chartClick)="clicked(c, $event)"
            ></div>
          </div>
        </section>
      }
    </ng-container>
  `,
  styleUrls: ['./standings.scss', './cluster-standings.scss'],
})
export class ClusterStandings {
  private readonly transloco = inject(TranslocoService);

  readonly clusters = input.required<Cluster[]>();
  readonly picked = output<PickedUnit>();
  protected readonly init = CHART_INIT;
  protected readonly pts = points;
  protected readonly charts = computed(() =>
    this.clusters().map((c) =>
      clusterChart(c, (key, params) => this.transloco.translate(`planDashboard.${key}`, params)),
    ),
  );

  protected open(s: ClusterStanding): void {
    this.picked.emit({
      unit: s.unit,
      status: s.scorecardStatus,
      total: s.finalTotal ?? s.selfTotal,
      band: s.finalBand,
    });
  }

  protected clicked(cluster: Cluster, event: ECElementEvent): void {
    const unitId = (event.data as { unitId?: string } | undefined)?.unitId;
    const standing = cluster.standings.find((s) => s.unit.id === unitId);
    if (standing) this.open(standing);
  }
}
