import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
} from '@angular/forms';
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
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguageService } from '@thidua/admin/core';
import { Alert, applyServerErrors, FieldErrorPipe } from '@thidua/admin/ui';
import { firstValueFrom, Observable } from 'rxjs';

/** What a reviewer does to a scorecard from a dialog; only finalising goes without a reason. */
export type ScoreAction = 'review' | 'finalize' | 'return' | 'reopen';

export interface ScoreDialogData<T> {
  action: ScoreAction;
  /** The unit whose scorecard it is, for the lead. */
  unit: string;
  /** The total the action leaves, for the lead ("85,5 điểm"). */
  total: string;
  send: (comment: string) => Observable<T>;
}

/** Required, and more than spaces. */
export function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value?.trim() ? null : { required: true };
}

/** Saves the reviewer's points with a reason, or finalises, returns or reopens a scorecard. */
@Component({
  selector: 'td-score-dialog',
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
    TranslocoDirective,
    Alert,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t(key + 'title') }}</h2>
      <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
        <mat-dialog-content>
          <p class="td-dialog-lead">{{ t(key + 'lead', { unit: data.unit, total: data.total }) }}</p>
          @if (summary(); as message) {
            <td-alert class="td-dialog-alert">{{ message }}</td-alert>
          }
          <mat-form-field class="td-full">
            <mat-label>{{ t(key + 'label') }}</mat-label>
            <textarea matInput rows="4" formControlName="comment" [required]="required"></textarea>
            @if (!required) {
              <mat-hint>{{ t(key + 'hint') }}</mat-hint>
            }
            <mat-error>{{ form.controls.comment.errors | fieldError }}</mat-error>
          </mat-form-field>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button matButton type="button" mat-dialog-close>{{ t('common.cancel') }}</button>
          <button
            matButton="filled"
            type="submit"
            [class.td-danger]="data.action === 'return'"
            disabledInteractive
            [disabled]="saving()"
          >
            {{ t(saving() ? 'common.saving' : key + 'action') }}
          </button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
})
export class ScoreDialog<T> {
  private readonly language = inject(LanguageService);
  private readonly ref = inject<MatDialogRef<ScoreDialog<T>, T>>(MatDialogRef);
  protected readonly data = inject<ScoreDialogData<T>>(MAT_DIALOG_DATA);
  protected readonly key = `scorecard.dialog.${this.data.action}.`;
  protected readonly required = this.data.action !== 'finalize';
  protected readonly form = new FormGroup({
    comment: new FormControl('', { nonNullable: true, validators: this.required ? [notBlank] : [] }),
  });
  protected readonly saving = signal(false);
  protected readonly summary = signal<string | null>(null);

  protected async confirm(): Promise<void> {
    if (this.saving()) return;
    this.summary.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      this.ref.close(await firstValueFrom(this.data.send(this.form.controls.comment.value.trim())));
    } catch (error) {
      this.summary.set(applyServerErrors(this.form, error, this.language.current()).summary);
    } finally {
      this.saving.set(false);
    }
  }
}
