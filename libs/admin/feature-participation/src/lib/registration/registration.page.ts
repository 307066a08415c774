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
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import {
  MatChipGrid,
  MatChipInput,
  MatChipInputEvent,
  MatChipRemove,
  MatChipRow,
} from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { describeApiError, LanguageService } from '@thidua/admin/core';
import {
  Alert,
  applyServerErrors,
  ErrorState,
  FieldErrorPipe,
  PageHeader,
  TdIcon,
  ToneChip,
} from '@thidua/admin/ui';
import { RegistrationDto, ReviewRequest, SaveRegistrationRequest } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { dayText, ParticipationApi } from '../data/participation.api';
import { ParticipationStatusChip } from '../ui/participation-status-chip';
import { openReviewDialog } from '../ui/review.dialog';

function targetGroup(t?: {
  content: string;
  unitOfMeasure: string;
  plannedValue: number;
  note: string | null;
}) {
  return new FormGroup({
    content: new FormControl(t?.content ?? '', { nonNullable: true, validators: [Validators.required] }),
    unitOfMeasure: new FormControl(t?.unitOfMeasure ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    plannedValue: new FormControl<number | null>(t?.plannedValue ?? null, [
      Validators.required,
      Validators.min(0),
    ]),
    note: new FormControl(t?.note ?? '', { nonNullable: true }),
  });
}

function aimGroup(a?: { name: string; title: string }) {
  return new FormGroup({
    name: new FormControl(a?.name ?? '', { nonNullable: true, validators: [Validators.required] }),
    title: new FormControl(a?.title ?? '', { nonNullable: true, validators: [Validators.required] }),
  });
}

/** "Bản đăng ký thi đua" of one unit for one plan: filled in by the unit, reviewed by the level above. */
@Component({
  selector: 'td-registration-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatIconButton,
    MatCheckbox,
    MatChipGrid,
    MatChipRow,
    MatChipInput,
    MatChipRemove,
    MatError,
    MatFormField,
    MatLabel,
    MatInput,
    MatProgressBar,
    RouterLink,
    TranslocoDirective,
    Alert,
    ErrorState,
    FieldErrorPipe,
    PageHeader,
    TdIcon,
    ToneChip,
    ParticipationStatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './registration.page.html',
  styleUrl: '../ui/form-page.scss',
})
export class RegistrationPage {
  private readonly api = inject(ParticipationApi);
  private readonly dialog = inject(MatDialog);
  private readonly snack = inject(MatSnackBar);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);

  readonly planId = input.required<string>();
  readonly unitId = input.required<string>();
  /** `reviews` when opened from the review queue. */
  readonly from = input<string>();

  protected readonly registration = signal<RegistrationDto | null>(null);
  protected readonly movementNames = signal<string[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly summary = signal<string | null>(null);
  protected readonly date = dayText;
  protected readonly editable = computed(() => !!this.registration()?.editable);
  protected readonly backLink = computed(() =>
    this.from() === 'reviews' ? ['/reviews'] : ['/my-plans', this.planId()],
  );

  readonly form = new FormGroup({
    movements: new FormControl<string[]>([], { nonNullable: true }),
    targets: new FormArray([targetGroup()]),
    collectiveTitles: new FormControl<string[]>([], { nonNullable: true }),
    individualTitles: new FormArray<ReturnType<typeof aimGroup>>([]),
  });

  constructor() {
    effect(() => {
      const planId = this.planId();
      const unitId = this.unitId();
      untracked(() => void this.load(planId, unitId));
    });
  }

  protected async load(planId = this.planId(), unitId = this.unitId()): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const [registration, plan] = await Promise.all([
        firstValueFrom(this.api.registration(planId, unitId)),
        firstValueFrom(this.api.plan(planId)),
      ]);
      this.movementNames.set(plan.content.movements.map((m) => m.name));
      this.show(registration);
    } catch (error) {
      this.error.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.loading.set(false);
    }
  }

  private show(registration: RegistrationDto): void {
    this.registration.set(registration);
    const f = this.form;
    // Disabled before they are bound, so reused inputs follow.
    const lock = <C extends FormGroup>(group: C): C => {
      if (!registration.editable) group.disable();
      return group;
    };
    f.controls.targets.clear();
    for (const t of registration.targets) f.controls.targets.push(lock(targetGroup(t)));
    if (!registration.targets.length && registration.editable) f.controls.targets.push(targetGroup());
    f.controls.individualTitles.clear();
    for (const a of registration.individualTitles) f.controls.individualTitles.push(lock(aimGroup(a)));
    f.controls.movements.setValue([...registration.movements]);
    f.controls.collectiveTitles.setValue([...registration.collectiveTitles]);
    if (registration.editable) f.enable();
    else f.disable();
    f.markAsPristine();
  }

  protected toggleMovement(name: string, checked: boolean): void {
    const current = this.form.controls.movements.value.filter((m) => m !== name);
    this.form.controls.movements.setValue(checked ? [...current, name] : current);
    this.form.markAsDirty();
  }

  protected addTarget(): void {
    this.form.controls.targets.push(targetGroup());
  }

  protected removeTarget(i: number): void {
    this.form.controls.targets.removeAt(i);
    this.form.markAsDirty();
  }

  protected addAim(): void {
    this.form.controls.individualTitles.push(aimGroup());
  }

  protected removeAim(i: number): void {
    this.form.controls.individualTitles.removeAt(i);
    this.form.markAsDirty();
  }

  protected addTitle(event: MatChipInputEvent): void {
    const value = event.value.trim();
    const titles = this.form.controls.collectiveTitles.value;
    if (value && !titles.includes(value)) this.form.controls.collectiveTitles.setValue([...titles, value]);
    event.chipInput.clear();
    this.form.markAsDirty();
  }

  protected removeTitle(title: string): void {
    this.form.controls.collectiveTitles.setValue(
      this.form.controls.collectiveTitles.value.filter((t) => t !== title),
    );
    this.form.markAsDirty();
  }

  /** The PUT body: the form as the API takes it, with the version it was loaded at. */
  body(): SaveRegistrationRequest {
    const v = this.form.getRawValue();
    return {
      version: this.registration()?.version ?? 0,
      movements: v.movements,
      targets: v.targets.map((t) => ({
        content: t.content.trim(),
        unitOfMeasure: t.unitOfMeasure.trim(),
        plannedValue: Number(t.plannedValue),
        note: t.note.trim() || null,
      })),
      collectiveTitles: v.collectiveTitles,
      individualTitles: v.individualTitles.map((a) => ({ name: a.name.trim(), title: a.title.trim() })),
    };
  }

  protected async save(): Promise<boolean> {
    if (this.busy()) return false;
    this.summary.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return false;
    }
    this.busy.set(true);
    try {
      this.show(await firstValueFrom(this.api.saveRegistration(this.planId(), this.unitId(), this.body())));
      this.snack.open(this.transloco.translate('participation.saved'), undefined, { duration: 3000 });
      return true;
    } catch (error) {
      this.summary.set(applyServerErrors(this.form, error, this.language.current()).summary);
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  protected async submit(): Promise<void> {
    if (this.form.dirty || !this.registration()?.id) {
      if (!(await this.save())) return;
    }
    this.busy.set(true);
    this.summary.set(null);
    try {
      this.show(await firstValueFrom(this.api.submitRegistration(this.planId(), this.unitId())));
      this.snack.open(this.transloco.translate('participation.registration.submitted'), undefined, {
        duration: 3000,
      });
    } catch (error) {
      this.summary.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.busy.set(false);
    }
  }

  protected review(decision: ReviewRequest['decision']): void {
    const registration = this.registration();
    if (!registration) return;
    openReviewDialog(
      this.dialog,
      decision,
      this.transloco.translate('participation.registration.of', { unit: registration.unit.name }),
      (body) => this.api.reviewRegistration(this.planId(), this.unitId(), body),
    ).subscribe((answer) => {
      if (answer) this.show(answer);
    });
  }
}
