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
import { ReviewRequest } from '@thidua/shared/contracts';
import { firstValueFrom, Observable } from 'rxjs';

export interface ReviewData<T> {
  decision: ReviewRequest['decision'];
  /** What is reviewed, for the lead: "the registration of …". */
  subject: string;
  send: (body: ReviewRequest) => Observable<T>;
}

/** Required, and more than spaces. */
export function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value?.trim() ? null : { required: true };
}

/** Accepts or returns a registration or report; returning needs a comment. Closes with the answer. */
@Component({
  selector: 'td-review-dialog',
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
      <h2 mat-dialog-title>{{ t('participation.review.' + data.decision + '.title') }}</h2>
      <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
        <mat-dialog-content>
          <p class="td-dialog-lead">
            {{ t('participation.review.' + data.decision + '.lead', { subject: data.subject }) }}
          </p>
          @if (summary(); as message) {
            <td-alert class="td-dialog-alert">{{ message }}</td-alert>
          }
          <mat-form-field class="td-full">
            <mat-label>{{
              t(required ? 'participation.review.reason' : 'participation.review.comment')
            }}</mat-label>
            <textarea matInput rows="4" formControlName="comment" [required]="required"></textarea>
            @if (!required) {
              <mat-hint>{{ t('participation.review.commentHint') }}</mat-hint>
            }
            <mat-error>{{ form.controls.comment.errors | fieldError }}</mat-error>
          </mat-form-field>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button matButton type="button" mat-dialog-close>{{ t('common.cancel') }}</button>
          <button
            matButton="filled"
            type="submit"
            [class.td-danger]="data.decision === 'return'"
            disabledInteractive
            [disabled]="saving()"
          >
            {{ t(saving() ? 'common.saving' : 'participation.review.' + data.decision + '.action') }}
          </button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
})
export class ReviewDialog<T> {
  private readonly language = inject(LanguageService);
  private readonly ref = inject<MatDialogRef<ReviewDialog<T>, T>>(MatDialogRef);
  protected readonly data = inject<ReviewData<T>>(MAT_DIALOG_DATA);
  protected readonly required = this.data.decision === 'return';
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
      const comment = this.form.controls.comment.value.trim();
      const answer = await firstValueFrom(
        this.data.send({ decision: this.data.decision, ...(comment ? { comment } : {}) }),
      );
      this.ref.close(answer);
    } catch (error) {
      this.summary.set(applyServerErrors(this.form, error, this.language.current()).summary);
    } finally {
      this.saving.set(false);
    }
  }
}
