import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslocoDirective } from '@jsverse/transloco';
import { describeApiError, LanguageService, serverPage } from '@thidua/admin/core';
import { Alert, EmptyState, ErrorState, TdIcon, ToneChip } from '@thidua/admin/ui';
import { PlanDto, PlanReceiptDto, PlanReceiptQuery } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { PlansApi } from '../data/plans.api';

type AckFilter = NonNullable<PlanReceiptQuery['acknowledged']> | '';

export const RECEIPTS_PAGE_SIZE = 20;

/** "Tiếp nhận": which recipient units have acknowledged the plan, and a way to acknowledge. */
@Component({
  selector: 'td-receipts-tab',
  imports: [
    DatePipe,
    MatButton,
    MatFormField,
    MatLabel,
    MatPaginator,
    MatProgressBar,
    MatSelect,
    MatOption,
    MatTableModule,
    TranslocoDirective,
    Alert,
    EmptyState,
    ErrorState,
    TdIcon,
    ToneChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './receipts-tab.html',
  styleUrl: './receipts-tab.scss',
})
export class ReceiptsTab {
  private readonly api = inject(PlansApi);
  private readonly language = inject(LanguageService);

  readonly plan = input.required<PlanDto>();
  /** A unit acknowledged here: the page loads the plan again (counts, the user's receipts). */
  readonly acknowledged = output<void>();

  protected readonly columns = ['unit', 'sentAt', 'status', 'action'];
  protected readonly filter = signal<AckFilter>('');
  protected readonly page = signal(1);
  protected readonly pageSize = signal(RECEIPTS_PAGE_SIZE);
  private readonly reloads = signal(0);
  protected readonly busy = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  /** Only the user's own units acknowledge (the API lists them on the plan). */
  private readonly mine = computed(() => new Set(this.plan().myReceipts.map((r) => r.unit.id)));
  protected canAcknowledge(receipt: PlanReceiptDto): boolean {
    return !receipt.acknowledgedAt && !!receipt.sentAt && this.mine().has(receipt.unit.id);
  }

  private readonly query = computed(() => ({
    id: this.plan().id,
    acknowledged: this.filter() || undefined,
    page: this.page(),
    pageSize: this.pageSize(),
    reload: this.reloads(),
  }));
  private readonly table = serverPage(this.query, ({ id, ...query }) => this.api.receipts(id, query));
  protected readonly result = this.table.page;
  protected readonly loading = this.table.loading;
  protected readonly error = this.table.error;

  protected filterBy(value: AckFilter): void {
    this.filter.set(value);
    this.page.set(1);
  }

  protected paginate(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.page.set(event.pageIndex + 1);
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected async acknowledge(receipt: PlanReceiptDto): Promise<void> {
    if (this.busy()) return;
    this.busy.set(receipt.unit.id);
    this.failure.set(null);
    try {
      await firstValueFrom(this.api.acknowledge(this.plan().id, receipt.unit.id));
      // The page loads the plan again; the list follows the new plan.
      this.acknowledged.emit();
    } catch (error) {
      this.failure.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.busy.set(null);
    }
  }
}
