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
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { AbilityService, describeApiError, LanguageService } from '@thidua/admin/core';
import {
  Alert,
  applyServerErrors,
  confirmAction,
  ErrorState,
  FieldErrorPipe,
  PageHeader,
  TdIcon,
} from '@thidua/admin/ui';
import { CriteriaSetDto } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { CriteriaApi, dayText, points } from '../data/criteria.api';
import { CriteriaStatusChip } from '../ui/criteria-status-chip';
import { CriteriaSummary } from '../ui/criteria-summary';
import { BandsSection } from './bands-section';
import { checksOf, criteriaSetForm, fillForm, fillNew, toRequest, totalsOf } from './criteria-form';
import { GroupsSection } from './groups-section';
import { TotalsPanel } from './totals-panel';

type Action = 'publish' | 'archive' | 'copy' | 'delete';

/** One criteria set: a draft is edited here; a published or archived one is shown as it was frozen. */
@Component({
  selector: 'td-criteria-set-editor-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatProgressBar,
    RouterLink,
    TranslocoDirective,
    Alert,
    ErrorState,
    FieldErrorPipe,
    PageHeader,
    TdIcon,
    CriteriaStatusChip,
    CriteriaSummary,
    GroupsSection,
    BandsSection,
    TotalsPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './criteria-set-editor.page.html',
  styleUrl: './criteria-set-editor.page.scss',
})
export class CriteriaSetEditorPage {
  private readonly api = inject(CriteriaApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly snack = inject(MatSnackBar);
  private readonly ability = inject(AbilityService);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);

  /** The `:id` of the route; unset on `/criteria-sets/new`. */
  readonly id = input<string>();

  protected readonly set = signal<CriteriaSetDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly summary = signal<string | null>(null);
  protected readonly date = dayText;
  protected readonly points = points;

  readonly form = criteriaSetForm();
  private readonly value = signal(this.form.getRawValue());
  protected readonly request = computed(() => toRequest(this.value()));
  readonly totals = computed(() => totalsOf(this.request()));
  private readonly complete = signal(true);
  readonly checks = computed(() => [
    ...(this.complete() ? [] : [{ key: 'incomplete' } as const]),
    ...checksOf(this.request()),
  ]);

  /** A new set, or a draft the user may change. */
  protected readonly editable = computed(() => {
    const set = this.set();
    return set ? set.editable : !this.id();
  });
  /** A published or archived set changes through a copy; a draft is edited in place. */
  protected readonly canCopy = computed(() => {
    const set = this.set();
    return !!set && set.status !== 'draft' && this.ability.can('create', 'CriteriaSet');
  });
  protected readonly canArchive = computed(
    () => this.set()?.status === 'published' && this.ability.can('update', 'CriteriaSet'),
  );

  constructor() {
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.follow());
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected async load(id = this.id()): Promise<void> {
    this.error.set(null);
    this.summary.set(null);
    if (!id) {
      this.set.set(null);
      fillNew(this.form);
      this.follow();
      return;
    }
    this.loading.set(true);
    try {
      this.show(await firstValueFrom(this.api.get(id)));
    } catch (error) {
      this.error.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.loading.set(false);
    }
  }

  private show(set: CriteriaSetDto): void {
    this.set.set(set);
    fillForm(this.form, set);
    if (set.editable) this.form.enable();
    else this.form.disable();
    this.follow();
  }

  /** The totals and checks follow the form. */
  private follow(): void {
    this.value.set(this.form.getRawValue());
    this.complete.set(this.form.disabled || this.form.valid);
  }

  /** Saves the draft (creates it the first time); true when it was saved. */
  protected async save(quiet = false): Promise<boolean> {
    if (this.busy()) return false;
    this.summary.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.summary.set(this.transloco.translate('criteria.editor.fixFields'));
      return false;
    }
    this.busy.set(true);
    try {
      const set = this.set();
      const body = this.request();
      const saved = set
        ? await firstValueFrom(this.api.update(set.id, { ...body, version: set.version }))
        : await firstValueFrom(this.api.create(body));
      this.show(saved);
      if (!set) await this.router.navigate(['/criteria-sets', saved.id], { replaceUrl: true });
      if (!quiet)
        this.snack.open(this.transloco.translate('criteria.editor.saved'), undefined, { duration: 3000 });
      return true;
    } catch (error) {
      this.summary.set(applyServerErrors(this.form, error, this.language.current()).summary);
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  protected async run(action: Action): Promise<void> {
    const set = this.set();
    if (!set || this.busy()) return;
    if (action !== 'copy') {
      const confirmed = await confirmAction(this.dialog, {
        title: this.transloco.translate(`criteria.actions.${action}.title`),
        message: this.transloco.translate(`criteria.actions.${action}.text`, { name: set.name }),
        confirmLabel: this.transloco.translate(`criteria.actions.${action}.confirm`),
        tone: action === 'delete' ? 'danger' : 'primary',
      });
      if (!confirmed) return;
    }
    if (action === 'publish' && this.form.dirty && !(await this.save(true))) return;
    this.busy.set(true);
    this.summary.set(null);
    try {
      if (action === 'delete') {
        await firstValueFrom(this.api.remove(set.id));
        await this.router.navigate(['/criteria-sets']);
      } else {
        const answer = await firstValueFrom(this.api.act(set.id, action));
        if (action === 'copy') await this.router.navigate(['/criteria-sets', answer.id]);
        else this.show(answer);
      }
      this.snack.open(this.transloco.translate(`criteria.actions.${action}.done`), undefined, {
        duration: 3000,
      });
    } catch (error) {
      this.summary.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.busy.set(false);
    }
  }
}
