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
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { describeApiError, displayDate, LanguageService } from '@thidua/admin/core';
import {
  Alert,
  applyServerErrors,
  EmptyState,
  ErrorState,
  openCommentDialog,
  PageHeader,
  TdIcon,
} from '@thidua/admin/ui';
import { ScorecardDto, ScorecardEvidenceDto } from '@thidua/shared/contracts';
import { firstValueFrom, Observable } from 'rxjs';
import { points, ScorecardKey, ScoringApi } from '../data/scoring.api';
import { ScorecardStatusChip } from '../ui/scorecard-status-chip';
import { ScoreHistory } from './score-history';
import { ScoreSheet } from './score-sheet';
import { ScoreSummary } from './score-summary';
import { criteriaOf, fillScoreForm, liveOutcome, reviewBody, scoreForm, selfBody } from './score-form';
import { ScorecardEvidence } from './scorecard-evidence';

/** What a reviewer does to a scorecard from a dialog. */
type ScoreAction = 'review' | 'finalize' | 'return' | 'reopen';

/** Where the page was opened from, so "back" returns there. */
export type ScorecardOrigin = 'reviews' | 'ranking' | 'dashboard';

/**
 * "Phiếu chấm điểm": the unit scores itself against the plan's criteria set and submits; the level
 * above scores each criterion with a reason, then finalises the card (total and rank band) or returns it.
 */
@Component({
  selector: 'td-scorecard-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatProgressBar,
    RouterLink,
    TranslocoDirective,
    Alert,
    EmptyState,
    ErrorState,
    PageHeader,
    TdIcon,
    ScorecardStatusChip,
    ScorecardEvidence,
    ScoreHistory,
    ScoreSheet,
    ScoreSummary,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scorecard.page.html',
  styleUrl: './scorecard.page.scss',
})
export class ScorecardPage {
  private readonly api = inject(ScoringApi);
  private readonly dialog = inject(MatDialog);
  private readonly snack = inject(MatSnackBar);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);

  readonly planId = input.required<string>();
  readonly unitId = input.required<string>();
  readonly from = input<ScorecardOrigin>();

  protected readonly card = signal<ScorecardDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  /** The plan has no criteria set yet (409 scoring_no_criteria). */
  protected readonly noCriteria = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly summary = signal<string | null>(null);
  protected readonly date = displayDate;
  protected readonly pts = points;

  readonly form = scoreForm();
  /** The form's value as a signal, so totals follow every keystroke. */
  protected readonly value = signal(this.form.getRawValue());
  private readonly dirty = signal(false);

  protected readonly key = computed<ScorecardKey>(() => ({ planId: this.planId(), unitId: this.unitId() }));
  protected readonly criteria = computed(() => {
    const card = this.card();
    return card ? criteriaOf(card.criteriaSet) : [];
  });
  /** The reviewers' column shows once someone may review or has reviewed. */
  protected readonly showReview = computed(() => {
    const card = this.card();
    return !!card && (card.reviewable || card.reviewTotal !== null || card.status === 'final');
  });
  protected readonly selfLive = computed(() => {
    const card = this.card();
    return card ? liveOutcome(card.criteriaSet, this.value(), 'self') : null;
  });
  protected readonly reviewLive = computed(() => {
    const card = this.card();
    return card && this.showReview() ? liveOutcome(card.criteriaSet, this.value(), 'review') : null;
  });
  protected readonly unsaved = computed(() => this.dirty());
  protected readonly backLink = computed(() => {
    switch (this.from()) {
      case 'reviews':
        return ['/reviews'];
      case 'ranking':
        return ['/plans', this.planId(), 'scorecards'];
      case 'dashboard':
        return ['/plans', this.planId(), 'dashboard'];
      default:
        return ['/my-plans', this.planId()];
    }
  });
  protected readonly ensureSaved = async (): Promise<boolean> => !!this.card()?.id || this.save();

  constructor() {
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.value.set(this.form.getRawValue());
      this.dirty.set(this.form.dirty);
    });
    effect(() => {
      const key = this.key();
      untracked(() => void this.load(key));
    });
  }

  protected async load(key = this.key()): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    this.noCriteria.set(null);
    try {
      this.show(await firstValueFrom(this.api.scorecard(key)));
    } catch (error) {
      const view = describeApiError(error, this.language.current());
      if (view.code === 'scoring_no_criteria') this.noCriteria.set(view.summary);
      else this.error.set(view.summary);
    } finally {
      this.loading.set(false);
    }
  }

  private show(card: ScorecardDto): void {
    this.card.set(card);
    fillScoreForm(this.form, card);
    this.value.set(this.form.getRawValue());
    this.dirty.set(false);
  }

  protected evidenceChanged(evidence: ScorecardEvidenceDto[]): void {
    this.card.update((c) => (c ? { ...c, evidence } : c));
    // An upload may have created the card: take its id and version, keep what is being typed.
    void firstValueFrom(this.api.scorecard(this.key())).then((fresh) =>
      this.card.update((c) => (c ? { ...c, id: fresh.id, version: fresh.version } : c)),
    );
  }

  protected async save(): Promise<boolean> {
    const card = this.card();
    if (!card || this.busy()) return false;
    this.summary.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return false;
    }
    this.busy.set(true);
    try {
      this.show(await firstValueFrom(this.api.saveSelf(this.key(), selfBody(card, this.form.getRawValue()))));
      this.snack.open(this.transloco.translate('scorecard.saved'), undefined, { duration: 3000 });
      return true;
    } catch (error) {
      this.summary.set(applyServerErrors(this.form, error, this.language.current()).summary);
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  protected async submit(): Promise<void> {
    if (this.form.dirty || !this.card()?.id) {
      if (!(await this.save())) return;
    }
    this.busy.set(true);
    this.summary.set(null);
    try {
      this.show(await firstValueFrom(this.api.submit(this.key())));
      this.snack.open(this.transloco.translate('scorecard.submitted'), undefined, { duration: 3000 });
    } catch (error) {
      this.summary.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.busy.set(false);
    }
  }

  /** Opens the dialog for a reviewer's action; the answer replaces the card. */
  protected act(action: ScoreAction): void {
    const card = this.card();
    if (!card) return;
    this.summary.set(null);
    if (action === 'review' && this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const total = action === 'review' || action === 'finalize' ? this.reviewLive()?.total : card.finalTotal;
    const send = (comment: string): Observable<ScorecardDto> =>
      action === 'review'
        ? this.api.saveReview(this.key(), reviewBody(card, this.form.getRawValue(), comment))
        : this.api.decide(this.key(), { decision: action, ...(comment ? { comment } : {}) });
    const key = `scorecard.dialog.${action}.`;
    openCommentDialog(this.dialog, {
      texts: {
        title: `${key}title`,
        lead: `${key}lead`,
        label: `${key}label`,
        hint: `${key}hint`,
        action: `${key}action`,
      },
      params: { unit: card.unit.name, total: points(total ?? card.selfTotal) },
      // Only finalising goes without a reason.
      required: action !== 'finalize',
      danger: action === 'return',
      send,
    }).subscribe((answer) => {
      if (answer) this.show(answer);
    });
  }
}
