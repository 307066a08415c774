import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { AbilityService, CanDirective, serverPage } from '@thidua/admin/core';
import { EmptyState, ErrorState, formDialog, PageHeader, TdIcon } from '@thidua/admin/ui';
import { PLAN_STATUSES, PlanListItemDto, PlanQuery, PlanStatus } from '@thidua/shared/contracts';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { shortDate } from '../data/document-format';
import { PlansApi } from '../data/plans.api';
import { ImportPlanDialog } from '../import/import-plan.dialog';
import { PlanStatusChip } from '../ui/plan-status-chip';

export type PlanScope = NonNullable<PlanQuery['scope']>;
export type PlanSort = NonNullable<PlanQuery['sort']>;
export const PLAN_SCOPES: readonly PlanScope[] = ['all', 'issued', 'received'];
export const PLANS_PAGE_SIZE = 20;
export const SEARCH_DEBOUNCE_MS = 300;
const SORTS: readonly PlanSort[] = ['updatedAt', 'issuedDate', 'title', 'year'];

/** "Kế hoạch thi đua": the plans the user may see, searched, filtered and paginated on the server. */
@Component({
  selector: 'td-plans-page',
  imports: [
    DatePipe,
    MatButton,
    MatFormField,
    MatLabel,
    MatPrefix,
    MatInput,
    MatSelect,
    MatOption,
    MatPaginator,
    MatProgressBar,
    MatSort,
    MatSortHeader,
    MatTableModule,
    MatTabNav,
    MatTabLink,
    MatTabNavPanel,
    RouterLink,
    TranslocoDirective,
    CanDirective,
    PageHeader,
    EmptyState,
    ErrorState,
    TdIcon,
    PlanStatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plans.page.html',
  styleUrl: './plans.page.scss',
})
export class PlansPage {
  private readonly api = inject(PlansApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly ability = inject(AbilityService);

  protected readonly columns = ['number', 'title', 'year', 'issuer', 'status', 'receipts', 'updatedAt'];
  protected readonly statuses = PLAN_STATUSES;
  protected readonly scopes = PLAN_SCOPES;
  protected readonly years = yearsAround(new Date().getFullYear());
  protected readonly date = shortDate;

  /** Unit officers (who neither draft nor approve) start on the plans sent to their units. */
  protected readonly defaultScope = computed<PlanScope>(() =>
    this.ability.can('create', 'Plan') || this.ability.can('approve', 'Plan') ? 'all' : 'received',
  );
  private readonly scopeParam = toSignal(this.route.queryParamMap.pipe(map((p) => p.get('scope'))), {
    initialValue: this.route.snapshot.queryParamMap.get('scope'),
  });
  protected readonly scope = computed<PlanScope>(() => {
    const param = this.scopeParam();
    return PLAN_SCOPES.includes(param as PlanScope) ? (param as PlanScope) : this.defaultScope();
  });

  protected readonly q = signal('');
  private readonly appliedQ = signal('');
  protected readonly status = signal<PlanStatus | ''>('');
  protected readonly year = signal<number | ''>('');
  protected readonly sort = signal<PlanSort>('updatedAt');
  protected readonly dir = signal<'asc' | 'desc'>('desc');
  protected readonly page = signal(1);
  protected readonly pageSize = signal(PLANS_PAGE_SIZE);
  private readonly reloads = signal(0);

  protected readonly query = computed<PlanQuery & { reload: number }>(() => ({
    q: this.appliedQ().trim() || undefined,
    status: this.status() || undefined,
    year: this.year() || undefined,
    scope: this.scope(),
    sort: this.sort(),
    dir: this.dir(),
    page: this.page(),
    pageSize: this.pageSize(),
    reload: this.reloads(),
  }));
  private readonly table = serverPage(this.query, (query) => this.api.list(query));
  protected readonly result = this.table.page;
  protected readonly loading = this.table.loading;
  protected readonly error = this.table.error;
  protected readonly filtered = computed(
    () => !!(this.query().q || this.query().status || this.query().year),
  );

  constructor() {
    toObservable(this.q)
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((q) => {
        this.appliedQ.set(q);
        this.page.set(1);
      });
  }

  protected search(value: string): void {
    this.q.set(value);
  }

  protected filterStatus(value: PlanStatus | ''): void {
    this.status.set(value);
    this.page.set(1);
  }

  protected filterYear(value: number | ''): void {
    this.year.set(value);
    this.page.set(1);
  }

  protected scopeLink(scope: PlanScope): Record<string, string | null> {
    return { scope: scope === this.defaultScope() ? null : scope };
  }

  protected sortBy(sort: Sort): void {
    const active = SORTS.includes(sort.active as PlanSort) ? (sort.active as PlanSort) : 'updatedAt';
    this.sort.set(sort.direction ? active : 'updatedAt');
    this.dir.set(sort.direction || 'desc');
    this.page.set(1);
  }

  protected paginate(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.page.set(event.pageIndex + 1);
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected receiptShare(plan: PlanListItemDto): number {
    return plan.recipientCount ? Math.round((plan.acknowledgedCount / plan.recipientCount) * 100) : 0;
  }

  protected openImport(): void {
    const ref = this.dialog.open<ImportPlanDialog, null, boolean>(
      ImportPlanDialog,
      formDialog(null, '760px'),
    );
    ref.afterClosed().subscribe((draft) => {
      if (draft) void this.router.navigate(['/plans', 'new']);
    });
  }
}

/** Next year down to six years back: the years plans are usually looked up for. */
export function yearsAround(current: number): number[] {
  return Array.from({ length: 8 }, (_, i) => current + 1 - i);
}
