import { DatePipe } from '@angular/common';
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
import { MatChip, MatChipSet } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTab, MatTabContent, MatTabGroup } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { AbilityService, describeApiError, LanguageService } from '@thidua/admin/core';
import { Alert, confirmAction, ErrorState, formDialog, PageHeader, TdIcon } from '@thidua/admin/ui';
import {
  PLAN_TRANSITIONS,
  PlanDto,
  PlanReceiptDto,
  PlanStatus,
  PlanTransition,
  PlanTransitionDto,
} from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { shortDate } from '../data/document-format';
import { DERIVABLE_STATUSES, PRIMARY_TRANSITIONS, TRANSITION_ICONS } from '../data/plan-status';
import { PlansApi } from '../data/plans.api';
import { PlanDocument } from '../preview/plan-document';
import { PlanStatusChip } from '../ui/plan-status-chip';
import { DeriveDialog } from './derive.dialog';
import { PlanHistory } from './history-list';
import { ReceiptsTab } from './receipts-tab';
import { TransitionData, TransitionDialog } from './transition.dialog';

const ORDER = Object.keys(PLAN_TRANSITIONS) as PlanTransition[];
const SCORED_STATUSES = new Set<PlanStatus>(['issued', 'in_progress', 'reviewing', 'closed']);
export const HISTORY_TAB = 2;

/** One plan: the document, its distribution to units, its history, and what the user may do now. */
@Component({
  selector: 'td-plan-detail-page',
  imports: [
    DatePipe,
    MatButton,
    MatChipSet,
    MatChip,
    MatProgressBar,
    MatTabGroup,
    MatTab,
    MatTabContent,
    RouterLink,
    TranslocoDirective,
    Alert,
    ErrorState,
    PageHeader,
    TdIcon,
    PlanDocument,
    PlanStatusChip,
    PlanHistory,
    ReceiptsTab,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-detail.page.html',
  styleUrl: './plan-detail.page.scss',
})
export class PlanDetailPage {
  private readonly api = inject(PlansApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly ability = inject(AbilityService);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);

  /** The `:id` of the route. */
  readonly id = input.required<string>();

  protected readonly plan = signal<PlanDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly actionError = signal<string | null>(null);
  protected readonly tab = signal(0);
  protected readonly history = signal<PlanTransitionDto[] | null>(null);
  protected readonly historyError = signal<string | null>(null);
  private readonly historyVersion = signal(0);
  protected readonly icons = TRANSITION_ICONS;
  protected readonly primary = PRIMARY_TRANSITIONS;
  protected readonly date = shortDate;

  protected readonly transitions = computed(() => {
    const allowed = new Set(this.plan()?.allowedTransitions ?? []);
    return ORDER.filter((t) => allowed.has(t));
  });
  protected readonly canDelete = computed(() => !!this.plan()?.deletable);
  /** The user's own units the plan was sent to and that have not acknowledged it yet. */
  protected readonly pendingReceipts = computed(() =>
    (this.plan()?.myReceipts ?? []).filter((r) => !r.acknowledgedAt),
  );
  protected readonly acknowledgedReceipts = computed(() =>
    (this.plan()?.myReceipts ?? []).filter((r) => !!r.acknowledgedAt),
  );
  /** The unit being acknowledged (its receipt's button waits). */
  protected readonly acknowledging = signal<string | null>(null);
  /** A unit that received the plan builds its own plan from it. */
  protected readonly canDerive = computed(() => {
    const plan = this.plan();
    return (
      !!plan &&
      DERIVABLE_STATUSES.has(plan.status) &&
      plan.myReceipts.length > 0 &&
      this.ability.can('create', 'Plan')
    );
  });
  /** Scoring and clusters follow the plan from its issue on. */
  protected readonly canScore = computed(
    () => SCORED_STATUSES.has(this.plan()?.status ?? 'draft') && this.ability.can('read', 'Scorecard'),
  );
  /** Receipts exist once the plan has been issued. */
  protected readonly distributed = computed(() => {
    const status = this.plan()?.status;
    return !!status && status !== 'draft' && status !== 'in_approval';
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
    effect(() => {
      const tab = this.tab();
      this.historyVersion();
      const plan = this.plan();
      if (tab === HISTORY_TAB && plan) untracked(() => void this.loadHistory(plan.id));
    });
  }

  protected async load(id = this.id()): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.plan.set(await firstValueFrom(this.api.get(id)));
    } catch (error) {
      this.error.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.loading.set(false);
    }
  }

  /** The plan again after a change made elsewhere (a receipt acknowledged): kept on screen meanwhile. */
  private async refresh(): Promise<void> {
    const plan = this.plan();
    if (!plan) return;
    try {
      this.plan.set(await firstValueFrom(this.api.get(plan.id)));
    } catch (error) {
      this.actionError.set(describeApiError(error, this.language.current()).summary);
    }
  }

  /** "Xác nhận đã nhận" for one of the user's units the plan was sent to. */
  protected async acknowledge(receipt: PlanReceiptDto): Promise<void> {
    const plan = this.plan();
    if (!plan || this.acknowledging()) return;
    this.acknowledging.set(receipt.unit.id);
    this.actionError.set(null);
    try {
      await firstValueFrom(this.api.acknowledge(plan.id, receipt.unit.id));
      await this.refresh();
    } catch (error) {
      this.actionError.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.acknowledging.set(null);
    }
  }

  private async loadHistory(id: string): Promise<void> {
    this.historyError.set(null);
    try {
      const steps = await firstValueFrom(this.api.history(id));
      this.history.set([...steps].sort((a, b) => b.at.localeCompare(a.at)));
    } catch (error) {
      this.historyError.set(describeApiError(error, this.language.current()).summary);
    }
  }

  protected reloadHistory(): void {
    this.historyVersion.update((n) => n + 1);
  }

  protected run(transition: PlanTransition): void {
    const plan = this.plan();
    if (!plan) return;
    const ref = this.dialog.open<TransitionDialog, TransitionData, PlanDto>(
      TransitionDialog,
      formDialog({ plan, transition }, '560px'),
    );
    ref.afterClosed().subscribe((updated) => {
      if (!updated) return;
      this.plan.set(updated);
      this.reloadHistory();
    });
  }

  protected async remove(): Promise<void> {
    const plan = this.plan();
    if (!plan || this.busy()) return;
    const confirmed = await confirmAction(this.dialog, {
      title: this.transloco.translate('plans.delete.title'),
      message: this.transloco.translate('plans.delete.text', { title: plan.title }),
      confirmLabel: this.transloco.translate('plans.delete.confirm'),
      tone: 'danger',
    });
    if (!confirmed) return;
    this.busy.set(true);
    this.actionError.set(null);
    try {
      await firstValueFrom(this.api.remove(plan.id));
      await this.router.navigate(['/plans']);
    } catch (error) {
      this.actionError.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.busy.set(false);
    }
  }

  protected derive(): void {
    const plan = this.plan();
    if (!plan) return;
    const ref = this.dialog.open<DeriveDialog, PlanDto, PlanDto>(DeriveDialog, formDialog(plan, '600px'));
    ref.afterClosed().subscribe((draft) => {
      if (draft) void this.router.navigate(['/plans', draft.id, 'edit']);
    });
  }

  /** A unit acknowledged on the receipts tab: the counts and the user's receipts change. */
  protected onAcknowledged(): void {
    void this.refresh();
  }
}
