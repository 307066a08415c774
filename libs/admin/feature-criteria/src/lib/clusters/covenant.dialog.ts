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
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguageService } from '@thidua/admin/core';
import { Alert, applyServerErrors, FieldErrorPipe } from '@thidua/admin/ui';
import { ClusterDto } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { ClustersApi } from '../data/criteria.api';

/** Records (or corrects) the covenant the members signed: when, where and what they committed to. */
@Component({
  selector: 'td-covenant-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslocoDirective,
    Alert,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t('criteria.covenant.dialogTitle') }}</h2>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <mat-dialog-content>
          <p class="lead">{{ t('criteria.covenant.lead', { name: data.name }) }}</p>
          @if (summary(); as message) {
            <td-alert class="td-dialog-alert" role="alert">{{ message }}</td-alert>
          }
          <div class="td-form-grid">
            <mat-form-field>
              <mat-label>{{ t('criteria.covenant.signedOn') }}</mat-label>
              <input matInput type="date" formControlName="signedOn" required />
              <mat-error>{{ form.controls.signedOn.errors | fieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ t('criteria.covenant.place') }}</mat-label>
              <input matInput formControlName="place" />
              <mat-error>{{ form.controls.place.errors | fieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field class="span-2">
              <mat-label>{{ t('criteria.covenant.content') }}</mat-label>
              <textarea matInput rows="8" formControlName="content" required></textarea>
              <mat-hint>{{ t('criteria.covenant.contentHint') }}</mat-hint>
              <mat-error>{{ form.controls.content.errors | fieldError }}</mat-error>
            </mat-form-field>
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
  styles: `
    .lead {
      margin: 0 0 16px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CovenantDialog {
  private readonly api = inject(ClustersApi);
  private readonly language = inject(LanguageService);
  private readonly ref = inject<MatDialogRef<CovenantDialog, ClusterDto>>(MatDialogRef);
  protected readonly data = inject<ClusterDto>(MAT_DIALOG_DATA);
  private readonly covenant = this.data.covenant;
  protected readonly form = new FormGroup({
    signedOn: new FormControl(this.covenant?.signedOn?.slice(0, 10) ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    place: new FormControl(this.covenant?.place ?? '', { nonNullable: true }),
    content: new FormControl(this.covenant?.content ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
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
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.saveCovenant(this.data.id, {
          version: this.data.version,
          signedOn: v.signedOn,
          place: v.place.trim() || null,
          content: v.content.trim(),
        }),
      );
      this.ref.close(saved);
    } catch (error) {
      this.summary.set(applyServerErrors(this.form, error, this.language.current()).summary);
    } finally {
      this.saving.set(false);
    }
  }
}
