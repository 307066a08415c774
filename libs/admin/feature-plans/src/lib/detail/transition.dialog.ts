import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
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
import { Alert, applyServerErrors, FieldErrorPipe, notBlank } from '@thidua/admin/ui';
import { PlanDto, PlanTransition } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { PlansApi } from '../data/plans.api';

export interface TransitionData {
  plan: PlanDto;
  transition: PlanTransition;
}

/** Transitions that cannot be made without saying why. */
export const COMMENT_REQUIRED: ReadonlySet<PlanTransition> = new Set(['return']);

/** Confirms a step of the plan's life (submit, return, issue…) with a comment; closes with the updated plan. */
@Component({
  selector: 'td-transition-dialog',
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
      <h2 mat-dialog-title>{{ t('plans.transitions.' + data.transition + '.title') }}</h2>
      <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
        <mat-dialog-content>
          <p class="td-dialog-lead">
            {{ t('plans.transitions.' + data.transition + '.lead', { title: data.plan.title }) }}
          </p>
          @if (summary(); as message) {
            <td-alert class="td-dialog-alert">{{ message }}</td-alert>
          }
          <mat-form-field class="td-full">
            <mat-label>{{
              t(required ? 'plans.transitions.reason' : 'plans.transitions.comment')
            }}</mat-label>
            <textarea matInput rows="4" formControlName="comment" [required]="required"></textarea>
            @if (!required) {
              <mat-hint>{{ t('plans.transitions.commentHint') }}</mat-hint>
            }
            <mat-error>{{ form.controls.comment.errors | fieldError }}</mat-error>
          </mat-form-field>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button matButton type="button" mat-dialog-close>{{ t('common.cancel') }}</button>
          <button
            matButton="filled"
            type="submit"
            [class.td-danger]="data.transition === 'return'"
            disabledInteractive
            [disabled]="saving()"
          >
            {{ t(saving() ? 'common.saving' : 'plans.transitions.' + data.transition + '.action') }}
          </button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
})
export class TransitionDialog {
  private readonly api = inject(PlansApi);
  private readonly language = inject(LanguageService);
  private readonly ref = inject<MatDialogRef<TransitionDialog, PlanDto>>(MatDialogRef);
  protected readonly data = inject<TransitionData>(MAT_DIALOG_DATA);
  protected readonly required = COMMENT_REQUIRED.has(this.data.transition);
  protected readonly form = new FormGroup({
    comment: new FormControl('', {
      nonNullable: true,
      validators: this.required ? [notBlank] : [],
    }),
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
      const plan = await firstValueFrom(
        this.api.transition(this.data.plan.id, {
          transition: this.data.transition,
          ...(comment ? { comment } : {}),
        }),
      );
      this.ref.close(plan);
    } catch (error) {
      this.summary.set(applyServerErrors(this.form, error, this.language.current()).summary);
    } finally {
      this.saving.set(false);
    }
  }
}
