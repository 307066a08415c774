import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { describeApiError, LanguageService } from '@thidua/admin/core';
import { EmptyState, ErrorState, PageHeader, TdIcon } from '@thidua/admin/ui';
import { PlanDashboardDto, ScorecardListItemDto } from '@thidua/shared/contracts';
import { NgxEchartsDirective } from 'ngx-echarts';
import { firstValueFrom } from 'rxjs';
import { ScoringApi } from '../data/scoring.api';
import { ClusterStandings } from './cluster-standings';
import { CHART_INIT, provideCharts } from './charts';
import { bandChart, histogramChart, kpis, Label, phaseChart, registrationChart } from './dashboard-view';
import { TopRanking } from './top-ranking';
import { PickedUnit, UnitDetailData, UnitDetailDialog } from './unit-detail.dialog';

/** "Bảng theo dõi": a plan's progress at a glance — registration, reports per phase, scores, clusters. */
@Component({
  selector: 'td-plan-dashboard-page',
  imports: [
    MatButton,
    MatProgressBar,
    RouterLink,
    TranslocoDirective,
    EmptyState,
    ErrorState,
    PageHeader,
    TdIcon,
    NgxEchartsDirective,
    ClusterStandings,
    TopRanking,
  ],
  providers: [provideCharts()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-dashboard.page.html',
  styleUrl: './plan-dashboard.page.scss',
})
export class PlanDashboardPage {
  private readonly api = inject(ScoringApi);
  private readonly dialog = inject(MatDialog);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);

  readonly planId = input.required<string>();

  protected readonly data = signal<PlanDashboardDto | null>(null);
  protected readonly ranking = signal<ScorecardListItemDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly init = CHART_INIT;

  private readonly label = computed<Label>(() => {
    this.language.current();
    return (key, params) => this.transloco.translate(`planDashboard.${key}`, params);
  });
  protected readonly kpis = computed(() => {
    const d = this.data();
    return d ? kpis(d, this.label()) : [];
  });
  protected readonly registrationChart = computed(() => {
    const d = this.data();
    return d ? registrationChart(d, this.label()) : {};
  });
  protected readonly phaseChart = computed(() => {
    const d = this.data();
    return d ? phaseChart(d, this.label()) : {};
  });
  protected readonly histogramChart = computed(() => {
    const d = this.data();
    return d ? histogramChart(d, this.label()) : {};
  });
  protected readonly bandChart = computed(() => {
    const d = this.data();
    return d ? bandChart(d, this.label()) : {};
  });
  protected readonly hasFinal = computed(() => (this.data()?.scores.final ?? 0) > 0);
  protected readonly hasRegistrations = computed(() => {
    const r = this.data()?.registrations;
    return !!r && r.draft + r.submitted + r.accepted + r.returned > 0;
  });
  protected readonly hasReports = computed(() => (this.data()?.phases ?? []).some((p) => p.sent > 0));

  constructor() {
    effect(() => {
      const id = this.planId();
      untracked(() => void this.load(id));
    });
  }

  protected async load(id = this.planId()): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const [dashboard, ranking] = await Promise.all([
        firstValueFrom(this.api.dashboard(id)),
        firstValueFrom(this.api.scorecards({ planId: id, sort: 'total', page: 1, pageSize: 10 })).catch(
          () => null,
        ),
      ]);
      this.data.set(dashboard);
      this.ranking.set(ranking?.items ?? []);
    } catch (error) {
      this.error.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.loading.set(false);
    }
  }

  /** Drill-down: the unit's registration, reports and scorecard for this plan. */
  protected pick(picked: PickedUnit): void {
    const d = this.data();
    if (!d) return;
    const data: UnitDetailData = {
      planId: d.plan.id,
      phases: d.phases.map((p) => ({ phaseId: p.phaseId, name: p.name })),
      ...picked,
    };
    this.dialog.open(UnitDetailDialog, { data, width: '480px', maxWidth: '94vw', autoFocus: 'dialog' });
  }
}
