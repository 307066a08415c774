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
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { describeApiError, LanguageService } from '@thidua/admin/core';
import { Alert, confirmAction, EmptyState, ErrorState, PageHeader, TdIcon } from '@thidua/admin/ui';
import { CriteriaSetSummaryDto, PlanDto, PlanScoringDto } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { CriteriaApi, points } from '../data/criteria.api';
import { CriteriaStatusChip } from '../ui/criteria-status-chip';
import { CriteriaSummary } from '../ui/criteria-summary';
import { PlanClusters } from './plan-clusters';

/** "Chấm điểm, cụm khối" of a plan: the criteria set it scores with, and its clusters and blocs. */
@Component({
  selector: 'td-plan-scoring-page',
  imports: [
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatSelect,
    MatOption,
    MatProgressBar,
    RouterLink,
    TranslocoDirective,
    Alert,
    EmptyState,
    ErrorState,
    PageHeader,
    TdIcon,
    CriteriaStatusChip,
    CriteriaSummary,
    PlanClusters,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-scoring.page.html',
  styleUrl: './plan-scoring.page.scss',
})
export class PlanScoringPage {
  private readonly api = inject(CriteriaApi);
  private readonly dialog = inject(MatDialog);
  private readonly snack = inject(MatSnackBar);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);

  /** The `:planId` of the route. */
  readonly planId = input.required<string>();

  protected readonly plan = signal<PlanDto | null>(null);
  protected readonly scoring = signal<PlanScoringDto | null>(null);
  /** Published sets to pick from (loaded when the set may change). */
  protected readonly published = signal<CriteriaSetSummaryDto[]>([]);
  protected readonly picked = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly actionError = signal<string | null>(null);
  protected readonly points = points;
  /** Other published sets than the one attached. */
  protected readonly choices = computed(() =>
    this.published().filter((s) => s.id !== this.scoring()?.criteriaSet?.id),
  );

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.load(planId));
    });
  }

  protected async load(planId = this.planId()): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const [plan, scoring] = await Promise.all([
        firstValueFrom(this.api.plan(planId)),
        firstValueFrom(this.api.scoring(planId)),
      ]);
      this.plan.set(plan);
      this.scoring.set(scoring);
      if (scoring.changeable) await this.loadPublished();
    } catch (error) {
      this.error.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.loading.set(false);
    }
  }

  private async loadPublished(): Promise<void> {
    const page = await firstValueFrom(this.api.list({ status: 'published', page: 1, pageSize: 100 }));
    this.published.set(page.items);
  }

  /** Attaches the picked set, or detaches the current one (null). */
  protected async attach(criteriaSetId: string | null): Promise<void> {
    const scoring = this.scoring();
    if (!scoring || this.busy()) return;
    if (criteriaSetId === null && scoring.criteriaSet) {
      const confirmed = await confirmAction(this.dialog, {
        title: this.transloco.translate('criteria.scoring.detach.title'),
        message: this.transloco.translate('criteria.scoring.detach.text', { name: scoring.criteriaSet.name }),
        confirmLabel: this.transloco.translate('criteria.scoring.detach.confirm'),
        tone: 'danger',
      });
      if (!confirmed) return;
    }
    this.busy.set(true);
    this.actionError.set(null);
    try {
      this.scoring.set(await firstValueFrom(this.api.attach(this.planId(), { criteriaSetId })));
      this.picked.set(null);
      const done = criteriaSetId ? 'criteria.scoring.attached' : 'criteria.scoring.detached';
      this.snack.open(this.transloco.translate(done), undefined, { duration: 3000 });
    } catch (error) {
      this.actionError.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.busy.set(false);
    }
  }
}
