import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguageService } from '@thidua/admin/core';
import { Alert, applyServerErrors, FieldErrorPipe } from '@thidua/admin/ui';
import { CreateMovementRequest, MOVEMENT_KINDS, MovementDto, MovementKind } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { MovementsApi } from '../data/movements.api';

/** Adds a movement of the federation to the catalogue (null), or edits one of its own. */
@Component({
  selector: 'td-movement-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatInput,
    MatSelect,
    MatOption,
    MatSlideToggle,
    TranslocoDirective,
    Alert,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t(data ? 'movements.dialog.editTitle' : 'movements.dialog.createTitle') }}</h2>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <mat-dialog-content>
          @if (summary(); as message) {
            <td-alert class="td-dialog-alert">{{ message }}</td-alert>
          }
          <div class="td-form-grid">
            <mat-form-field class="span-2">
              <mat-label>{{ t('movements.fields.name') }}</mat-label>
              <input matInput formControlName="name" required />
              <mat-error>{{ form.controls.name.errors | fieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ t('movements.fields.kind') }}</mat-label>
              <mat-select formControlName="kind" required>
                @for (kind of kinds; track kind) {
                  <mat-option [value]="kind">{{ t('movements.kinds.' + kind) }}</mat-option>
                }
              </mat-select>
              <mat-error>{{ form.controls.kind.errors | fieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ t('movements.fields.launcher') }}</mat-label>
              <input matInput formControlName="launcher" required />
              <mat-error>{{ form.controls.launcher.errors | fieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ t('movements.fields.fromYear') }}</mat-label>
              <input matInput type="number" formControlName="fromYear" min="1945" />
              <mat-error>{{ form.controls.fromYear.errors | fieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ t('movements.fields.toYear') }}</mat-label>
              <input matInput type="number" formControlName="toYear" min="1945" />
              <mat-hint>{{ t('movements.dialog.openEnded') }}</mat-hint>
              <mat-error>{{ form.controls.toYear.errors | fieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field class="span-2">
              <mat-label>{{ t('movements.fields.description') }}</mat-label>
              <textarea matInput rows="3" formControlName="description"></textarea>
              <mat-error>{{ form.controls.description.errors | fieldError }}</mat-error>
            </mat-form-field>
            @if (data) {
              <mat-slide-toggle class="span-2" formControlName="active">
                {{ t('movements.fields.active') }}
              </mat-slide-toggle>
            }
          </div>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button matButton type="button" mat-dialog-close>{{ t('common.cancel') }}</button>
          <button matButton="filled" type="submit" disabledInteractive [disabled]="saving()">
            {{ t(saving() ? 'common.saving' : 'common.save') }}
          </button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
})
export class MovementDialog {
  private readonly api = inject(MovementsApi);
  private readonly language = inject(LanguageService);
  private readonly ref = inject<MatDialogRef<MovementDialog, MovementDto>>(MatDialogRef);
  protected readonly data = inject<MovementDto | null>(MAT_DIALOG_DATA);
  protected readonly kinds = MOVEMENT_KINDS;
  protected readonly form = new FormGroup({
    name: new FormControl(this.data?.name ?? '', { nonNullable: true, validators: [Validators.required] }),
    kind: new FormControl<MovementKind>(this.data?.kind ?? 'regular', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    launcher: new FormControl(this.data?.launcher ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    fromYear: new FormControl<number | null>(this.data?.fromYear ?? null, [Validators.min(1945)]),
    toYear: new FormControl<number | null>(this.data?.toYear ?? null, [Validators.min(1945)]),
    description: new FormControl(this.data?.description ?? '', { nonNullable: true }),
    active: new FormControl(this.data?.active ?? true, { nonNullable: true }),
  });
  protected readonly saving = signal(false);
  protected readonly summary = signal<string | null>(null);

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.summary.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const body: CreateMovementRequest = {
      name: v.name.trim(),
      kind: v.kind,
      launcher: v.launcher.trim(),
      fromYear: v.fromYear || null,
      toYear: v.toYear || null,
      description: v.description.trim() || null,
    };
    this.saving.set(true);
    try {
      const saved = this.data
        ? await firstValueFrom(this.api.update(this.data.id, { ...body, active: v.active }))
        : await firstValueFrom(this.api.create(body));
      this.ref.close(saved);
    } catch (error) {
      this.summary.set(applyServerErrors(this.form, error, this.language.current()).summary);
    } finally {
      this.saving.set(false);
    }
  }
}
