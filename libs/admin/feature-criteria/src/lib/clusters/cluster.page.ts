import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { describeApiError, LanguageService } from '@thidua/admin/core';
import { Alert, confirmAction, ErrorState, formDialog, PageHeader, TdIcon, ToneChip } from '@thidua/admin/ui';
import { ClusterDto, PlanDto } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { ClustersApi, CriteriaApi, dayText, points } from '../data/criteria.api';
import { ClusterDialog, ClusterDialogData } from './cluster.dialog';
import { CovenantDialog } from './covenant.dialog';
import { LeaderDialog } from './leader.dialog';
import { ScorecardStatusChip } from './scorecard-status-chip';

/** One cluster or bloc of a plan: its members ranked by score, its covenant and its leading unit. */
@Component({
  selector: 'td-cluster-page',
  imports: [
    MatButton,
    MatProgressBar,
    MatTableModule,
    RouterLink,
    TranslocoDirective,
    Alert,
    ErrorState,
    PageHeader,
    TdIcon,
    ToneChip,
    ScorecardStatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cluster.page.html',
  styleUrl: './cluster.page.scss',
})
export class ClusterPage {
  private readonly api = inject(ClustersApi);
  private readonly criteria = inject(CriteriaApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);

  /** The `:planId` and `:id` of the route. */
  readonly planId = input.required<string>();
  readonly id = input.required<string>();

  protected readonly cluster = signal<ClusterDto | null>(null);
  private readonly plan = signal<PlanDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly actionError = signal<string | null>(null);
  protected readonly columns = ['position', 'unit', 'status', 'score'];
  protected readonly date = dayText;
  protected readonly points = points;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected async load(id = this.id()): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.cluster.set(await firstValueFrom(this.api.get(id)));
    } catch (error) {
      this.error.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.loading.set(false);
    }
  }

  private opened(answer: ClusterDto | undefined): void {
    if (!answer) return;
    this.cluster.set(answer);
    this.actionError.set(null);
  }

  protected async editMembers(): Promise<void> {
    const cluster = this.cluster();
    if (!cluster || this.busy()) return;
    try {
      const plan = this.plan() ?? (await firstValueFrom(this.criteria.plan(this.planId())));
      this.plan.set(plan);
      const data: ClusterDialogData = { planId: plan.id, units: plan.recipientUnits, cluster };
      this.dialog
        .open<ClusterDialog, ClusterDialogData, ClusterDto>(ClusterDialog, formDialog(data))
        .afterClosed()
        .subscribe((answer) => this.opened(answer));
    } catch (error) {
      this.actionError.set(describeApiError(error, this.language.current()).summary);
    }
  }

  protected recordCovenant(): void {
    const cluster = this.cluster();
    if (!cluster) return;
    this.dialog
      .open<CovenantDialog, ClusterDto, ClusterDto>(CovenantDialog, formDialog(cluster))
      .afterClosed()
      .subscribe((answer) => this.opened(answer));
  }

  protected selectLeader(): void {
    const cluster = this.cluster();
    if (!cluster) return;
    this.dialog
      .open<LeaderDialog, ClusterDto, ClusterDto>(LeaderDialog, formDialog(cluster, '560px'))
      .afterClosed()
      .subscribe((answer) => this.opened(answer));
  }

  protected async remove(): Promise<void> {
    const cluster = this.cluster();
    if (!cluster || this.busy()) return;
    const confirmed = await confirmAction(this.dialog, {
      title: this.transloco.translate('criteria.cluster.delete.title'),
      message: this.transloco.translate('criteria.cluster.delete.text', { name: cluster.name }),
      confirmLabel: this.transloco.translate('criteria.cluster.delete.confirm'),
      tone: 'danger',
    });
    if (!confirmed) return;
    this.busy.set(true);
    this.actionError.set(null);
    try {
      await firstValueFrom(this.api.remove(cluster.id));
      await this.router.navigate(['/plans', this.planId(), 'scoring']);
    } catch (error) {
      this.actionError.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.busy.set(false);
    }
  }
}
