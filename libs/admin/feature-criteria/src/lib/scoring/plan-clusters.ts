import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { describeApiError, LanguageService } from '@thidua/admin/core';
import { EmptyState, ErrorState, formDialog, TdIcon, ToneChip } from '@thidua/admin/ui';
import { ClusterDto, ClusterListItemDto, PlanUnitRef } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { ClusterDialog, ClusterDialogData } from '../clusters/cluster.dialog';
import { ClustersApi, dayText } from '../data/criteria.api';

/** "Cụm, khối thi đua" of a plan: the groups its units compete in, and a way to add one. */
@Component({
  selector: 'td-plan-clusters',
  imports: [
    MatButton,
    MatProgressBar,
    MatTableModule,
    RouterLink,
    TranslocoDirective,
    EmptyState,
    ErrorState,
    TdIcon,
    ToneChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-clusters.html',
  styleUrls: ['../../../../ui/src/styles/list.scss', './plan-scoring.page.scss'],
})
export class PlanClusters {
  private readonly api = inject(ClustersApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);

  readonly planId = input.required<string>();
  readonly units = input.required<PlanUnitRef[]>();
  readonly editable = input(false);

  protected readonly columns = ['name', 'kind', 'members', 'head', 'leader', 'covenant'];
  protected readonly clusters = signal<ClusterListItemDto[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly date = dayText;

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.load(planId));
    });
  }

  protected async load(planId = this.planId()): Promise<void> {
    this.error.set(null);
    try {
      const page = await firstValueFrom(this.api.list({ planId, page: 1, pageSize: 100 }));
      this.clusters.set(page.items);
    } catch (error) {
      this.error.set(describeApiError(error, this.language.current()).summary);
    }
  }

  protected link(cluster: ClusterListItemDto): string[] {
    return ['/plans', this.planId(), 'clusters', cluster.id];
  }

  protected open(cluster: ClusterListItemDto): void {
    void this.router.navigate(this.link(cluster));
  }

  protected add(): void {
    const data: ClusterDialogData = { planId: this.planId(), units: this.units() };
    this.dialog
      .open<ClusterDialog, ClusterDialogData, ClusterDto>(ClusterDialog, formDialog(data))
      .afterClosed()
      .subscribe((created) => {
        if (created) void this.router.navigate(['/plans', this.planId(), 'clusters', created.id]);
      });
  }
}
