import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
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
import { firstValueFrom, Observable } from 'rxjs';
import { Alert } from '../alert/alert';
import { formDialog } from '../confirm-dialog/dialog-config';
import { FieldErrorPipe } from '../field-error/field-error.pipe';
import { applyServerErrors } from '../forms/server-errors';
import { notBlank } from '../forms/not-blank';

export interface CommentDialogData<T> {
  /** Translation keys of the dialog's texts; `hint` shows under an optional comment. */
  texts: { title: string; lead: string; label: string; action: string; hint?: string };
  /** Values for the lead's placeholders. */
  params?: Record<string, unknown>;
  /** A comment must be written (a return needs its reason). */
  required: boolean;
  /** The action undoes work (returning): its button says so. */
  danger?: boolean;
  /** Sends the decision with the trimmed comment ('' when none); its answer closes the dialog. */
  send: (comment: string) => Observable<T>;
}

/**
 * A decision sent with a comment (accept, return, finalise…): the server's answer closes the
 * dialog, its errors stay in it. Opened with openCommentDialog().
 */
@Component({
  selector: 'td-comment-dialog',
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
      <h2 mat-dialog-title>{{ t(data.texts.title) }}</h2>
      <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
        <mat-dialog-content>
          <p class="td-dialog-lead">{{ t(data.texts.lead, data.params ?? {}) }}</p>
          @if (summary(); as message) {
            <td-alert class="td-dialog-alert">{{ message }}</td-alert>
          }
          <mat-form-field class="td-full">
            <mat-label>{{ t(data.texts.label) }}</mat-label>
            <textarea matInput rows="4" formControlName="comment" [required]="data.required"></textarea>
            @if (!data.required && data.texts.hint) {
              <mat-hint>{{ t(data.texts.hint) }}</mat-hint>
            }
            <mat-error>{{ form.controls.comment.errors | fieldError }}</mat-error>
          </mat-form-field>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button matButton type="button" mat-dialog-close>{{ t('common.cancel') }}</button>
          <button
            matButton="filled"
            type="submit"
            [class.td-danger]="data.danger"
            disabledInteractive
            [disabled]="saving()"
          >
            {{ t(saving() ? 'common.saving' : data.texts.action) }}
          </button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
})
export class CommentDialog<T> {
  private readonly language = inject(LanguageService);
  private readonly ref = inject<MatDialogRef<CommentDialog<T>, T>>(MatDialogRef);
  protected readonly data = inject<CommentDialogData<T>>(MAT_DIALOG_DATA);
  protected readonly form = new FormGroup({
    comment: new FormControl('', { nonNullable: true, validators: this.data.required ? [notBlank] : [] }),
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

/** Opens the comment dialog; emits the server's answer once it is sent, nothing when cancelled. */
export function openCommentDialog<T>(
  dialog: MatDialog,
  data: CommentDialogData<T>,
): Observable<T | undefined> {
  return dialog
    .open<CommentDialog<T>, CommentDialogData<T>, T>(CommentDialog, formDialog(data))
    .afterClosed();
}
