import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { CanDirective, serverPage } from '@thidua/admin/core';
import { EmptyState, ErrorState, PageHeader, TdIcon } from '@thidua/admin/ui';
import {
  CRITERIA_SET_STATUSES,
  CriteriaSetQuery,
  CriteriaSetStatus,
  CriteriaSetSummaryDto,
} from '@thidua/shared/contracts';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { CriteriaApi, points } from '../data/criteria.api';
import { CriteriaStatusChip } from '../ui/criteria-status-chip';

export const CRITERIA_PAGE_SIZE = 20;
const THIS_YEAR = new Date().getFullYear();

/** "Bảng tiêu chí": the federation's criteria sets, paginated and filtered on the server. */
@Component({
  selector: 'td-criteria-sets-page',
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
    MatTableModule,
    RouterLink,
    TranslocoDirective,
    CanDirective,
    PageHeader,
    EmptyState,
    ErrorState,
    TdIcon,
    CriteriaStatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './criteria-sets.page.html',
  styleUrl: '../../../../ui/src/styles/list.scss',
})
export class CriteriaSetsPage {
  private readonly api = inject(CriteriaApi);
  private readonly router = inject(Router);

  protected readonly columns = ['name', 'year', 'status', 'criteria', 'maxTotal', 'plans', 'updatedAt'];
  protected readonly statuses = CRITERIA_SET_STATUSES;
  protected readonly years = Array.from({ length: 6 }, (_, i) => THIS_YEAR + 1 - i);
  protected readonly points = points;
  protected readonly q = signal('');
  private readonly appliedQ = signal('');
  protected readonly status = signal<CriteriaSetStatus | ''>('');
  protected readonly year = signal<number | ''>('');
  protected readonly page = signal(1);
  protected readonly pageSize = signal(CRITERIA_PAGE_SIZE);
  private readonly reloads = signal(0);

  protected readonly query = computed<CriteriaSetQuery & { reload: number }>(() => ({
    q: this.appliedQ().trim() || undefined,
    status: this.status() || undefined,
    year: this.year() || undefined,
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
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((q) => {
        this.appliedQ.set(q);
        this.page.set(1);
      });
  }

  protected filter<T>(target: { set(value: T): void }, value: T): void {
    target.set(value);
    this.page.set(1);
  }

  protected paginate(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.page.set(event.pageIndex + 1);
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected open(set: CriteriaSetSummaryDto): void {
    void this.router.navigate(['/criteria-sets', set.id]);
  }
}
