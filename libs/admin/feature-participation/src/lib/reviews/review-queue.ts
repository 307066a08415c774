import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatCheckbox } from '@angular/material/checkbox';
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
  Page,
  REGISTRATION_STATUSES,
  RegistrationListItemDto,
  RegistrationStatus,
  ReportListItemDto,
} from '@thidua/shared/contracts';
import { debounceTime, distinctUntilChanged, map, Observable } from 'rxjs';
import { ParticipationApi } from '../data/participation.api';
import { PAGE_SIZE, SEARCH_DEBOUNCE_MS } from '../my-plans/my-plans.page';
import { ParticipationStatusChip } from '../ui/participation-status-chip';

export type QueueKind = 'registrations' | 'reports';

/** One row of either queue, as the table shows it. */
export interface QueueRow {
  id: string;
  planTitle: string;
  planNumber: string | null;
  unitName: string;
  phaseName: string | null;
  status: RegistrationStatus;
  submittedAt: string | null;
  late: boolean;
  link: string[];
  detail: string;
}

function registrationRow(r: RegistrationListItemDto): QueueRow {
  return {
    id: r.id,
    planTitle: r.plan.title,
    planNumber: r.plan.numberText,
    unitName: r.unit.name,
    phaseName: null,
    status: r.status,
    submittedAt: r.submittedAt,
    late: r.late,
    link: ['/my-plans', r.plan.id, 'units', r.unit.id, 'registration'],
    detail: String(r.targetCount),
  };
}

function reportRow(r: ReportListItemDto): QueueRow {
  return {
    id: r.id,
    planTitle: r.plan.title,
    planNumber: r.plan.numberText,
    unitName: r.unit.name,
    phaseName: r.phase.name,
    status: r.status,
    submittedAt: r.submittedAt,
    late: r.onTime === false,
    link: ['/my-plans', r.plan.id, 'units', r.unit.id, 'phases', r.phase.id, 'report'],
    detail: String(r.evidenceCount),
  };
}

/** A reviewer's queue of registrations or phase reports, paginated and filtered on the server. */
@Component({
  selector: 'td-review-queue',
  imports: [
    DatePipe,
    MatCheckbox,
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
    ParticipationStatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-queue.html',
  styleUrl: '../../../../ui/src/styles/list.scss',
})
export class ReviewQueue {
  private readonly api = inject(ParticipationApi);
  private readonly router = inject(Router);

  readonly kind = input.required<QueueKind>();
  protected readonly statuses = REGISTRATION_STATUSES;
  protected readonly columns = computed(() =>
    this.kind() === 'reports'
      ? ['unit', 'phase', 'plan', 'status', 'submittedAt', 'detail']
      : ['unit', 'plan', 'status', 'submittedAt', 'detail'],
  );

  protected readonly q = signal('');
  private readonly appliedQ = signal('');
  protected readonly status = signal<RegistrationStatus | ''>('submitted');
  protected readonly late = signal(false);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(PAGE_SIZE);
  private readonly reloads = signal(0);
  protected readonly query = computed(() => ({
    status: this.status() || undefined,
    late: this.kind() === 'registrations' && this.late() ? true : undefined,
    q: this.appliedQ().trim() || undefined,
    page: this.page(),
    pageSize: this.pageSize(),
    reload: this.reloads(),
  }));
  private readonly table = serverPage(this.query, (query) => this.load(query));
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

  private load(query: {
    status?: RegistrationStatus;
    late?: boolean;
    q?: string;
    page: number;
    pageSize: number;
  }): Observable<Page<QueueRow>> {
    if (this.kind() === 'reports') {
      const { late: _late, ...rest } = query;
      return this.api.reports(rest).pipe(map((p) => ({ ...p, items: p.items.map(reportRow) })));
    }
    return this.api.registrations(query).pipe(map((p) => ({ ...p, items: p.items.map(registrationRow) })));
  }

  protected filterStatus(value: RegistrationStatus | ''): void {
    this.status.set(value);
    this.page.set(1);
  }

  protected filterLate(value: boolean): void {
    this.late.set(value);
    this.page.set(1);
  }

  protected paginate(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.page.set(event.pageIndex + 1);
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected open(row: QueueRow): void {
    void this.router.navigate(row.link, { queryParams: { from: 'reviews' } });
  }
}
