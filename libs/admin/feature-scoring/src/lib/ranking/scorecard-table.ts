import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { serverPage } from '@thidua/admin/core';
import { EmptyState, ErrorState, TdIcon, ToneChip } from '@thidua/admin/ui';
import {
  SCORECARD_STATUSES,
  ScorecardListItemDto,
  ScorecardQuery,
  ScorecardStatus,
} from '@thidua/shared/contracts';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { points, ScoringApi } from '../data/scoring.api';
import { ScorecardStatusChip } from '../ui/scorecard-status-chip';

export const PAGE_SIZE = 20;
export const SEARCH_DEBOUNCE_MS = 300;

export type ScorecardSort = NonNullable<ScorecardQuery['sort']>;

/**
 * Scorecards paginated, filtered and sorted on the server: a plan's ranking (by total, with
 * positions) or, without a plan, the reviewers' queue of submitted cards across plans.
 */
@Component({
  selector: 'td-scorecard-table',
  imports: [
    DatePipe,
    MatFormField,
    MatLabel,
    MatPrefix,
    MatInput,
    MatSelect,
    MatOption,
    MatPaginator,
    MatProgressBar,
    MatTableModule,
    TranslocoDirective,
    EmptyState,
    ErrorState,
    TdIcon,
    ToneChip,
    ScorecardStatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scorecard-table.html',
  styleUrls: ['../../../../ui/src/styles/list.scss', './scorecard-table.scss'],
})
export class ScorecardTable {
  private readonly api = inject(ScoringApi);
  private readonly router = inject(Router);

  /** The plan ranked; without it the table lists every plan's cards the user may read. */
  readonly planId = input<string>();
  readonly initialStatus = input<ScorecardStatus | ''>('');
  readonly initialSort = input<ScorecardSort>('total');
  /** Where a row's scorecard page returns to. */
  readonly origin = input<'ranking' | 'reviews'>('ranking');

  protected readonly statuses = SCORECARD_STATUSES;
  protected readonly sorts: ScorecardSort[] = ['total', 'unit', 'updatedAt'];
  protected readonly pts = points;
  protected readonly columns = computed(() =>
    this.planId()
      ? ['position', 'unit', 'status', 'selfTotal', 'finalTotal', 'band']
      : ['unit', 'plan', 'status', 'selfTotal', 'submittedAt'],
  );

  protected readonly q = signal('');
  private readonly appliedQ = signal('');
  protected readonly status = linkedSignal<ScorecardStatus | ''>(() => this.initialStatus());
  protected readonly sort = linkedSignal<ScorecardSort>(() => this.initialSort());
  protected readonly page = signal(1);
  protected readonly pageSize = signal(PAGE_SIZE);
  private readonly reloads = signal(0);
  protected readonly query = computed(() => ({
    planId: this.planId(),
    status: this.status() || undefined,
    q: this.appliedQ().trim() || undefined,
    sort: this.sort(),
    page: this.page(),
    pageSize: this.pageSize(),
    reload: this.reloads(),
  }));
  private readonly table = serverPage(this.query, (query) => this.api.scorecards(query));
  protected readonly result = this.table.page;
  protected readonly loading = this.table.loading;
  protected readonly error = this.table.error;

  constructor() {
    toObservable(this.q)
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((q) => {
        this.appliedQ.set(q);
        this.page.set(1);
      });
  }

  protected filterStatus(value: ScorecardStatus | ''): void {
    this.status.set(value);
    this.page.set(1);
  }

  protected sortBy(value: ScorecardSort): void {
    this.sort.set(value);
    this.page.set(1);
  }

  protected paginate(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.page.set(event.pageIndex + 1);
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  /** Some rows show a reviewer's total that is not final yet (marked with *). */
  protected provisional(rows: ScorecardListItemDto[]): boolean {
    return rows.some((r) => r.finalTotal === null && r.reviewTotal !== null);
  }

  protected open(row: ScorecardListItemDto): void {
    void this.router.navigate(['/my-plans', row.plan.id, 'units', row.unit.id, 'scorecard'], {
      queryParams: { from: this.origin() },
    });
  }
}
