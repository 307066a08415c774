import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { serverPage } from '@thidua/admin/core';
import { EmptyState, ErrorState, PageHeader, TdIcon } from '@thidua/admin/ui';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { dayText, ParticipationApi } from '../data/participation.api';

export const PAGE_SIZE = 20;
export const SEARCH_DEBOUNCE_MS = 300;

/** "Thi đua của đơn vị": the plans sent to the user's units, to register for and report on. */
@Component({
  selector: 'td-my-plans-page',
  imports: [
    MatFormField,
    MatLabel,
    MatPrefix,
    MatInput,
    MatPaginator,
    MatProgressBar,
    MatTableModule,
    RouterLink,
    TranslocoDirective,
    PageHeader,
    EmptyState,
    ErrorState,
    TdIcon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-plans.page.html',
  styleUrl: '../../../../ui/src/styles/list.scss',
})
export class MyPlansPage {
  private readonly api = inject(ParticipationApi);
  protected readonly columns = ['number', 'title', 'year', 'issuer'];
  protected readonly date = dayText;

  protected readonly q = signal('');
  private readonly appliedQ = signal('');
  protected readonly page = signal(1);
  protected readonly pageSize = signal(PAGE_SIZE);
  private readonly reloads = signal(0);
  protected readonly query = computed(() => ({
    q: this.appliedQ().trim() || undefined,
    page: this.page(),
    pageSize: this.pageSize(),
    reload: this.reloads(),
  }));
  private readonly table = serverPage(this.query, (query) => this.api.receivedPlans(query));
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

  protected paginate(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.page.set(event.pageIndex + 1);
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }
}
