import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
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
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguageService } from '@thidua/admin/core';
import { Alert, applyServerErrors, FieldErrorPipe } from '@thidua/admin/ui';
import { ClusterDto } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { ClustersApi } from '../data/criteria.api';

/**
 * Đơn vị dẫn đầu: the cluster puts forward one member, normally the best ranked. Another choice
 * needs a note; the API says so when it is missing.
 */
@Component({
  selector: 'td-leader-dialog',
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
    MatSelect,
    MatOption,
    TranslocoDirective,
    Alert,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t('criteria.leader.dialogTitle') }}</h2>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <mat-dialog-content>
          <p class="lead">
            {{ best ? t('criteria.leader.best', { unit: best.unit.name }) : t('criteria.leader.noRanking') }}
          </p>
          @if (summary(); as message) {
            <td-alert class="td-dialog-alert" role="alert">{{ message }}</td-alert>
          }
          <mat-form-field class="td-full">
            <mat-label>{{ t('criteria.leader.unit') }}</mat-label>
            <mat-select formControlName="unitId" required>
              @for (s of data.standings; track s.unit.id) {
                <mat-option [value]="s.unit.id">
                  {{ s.position ? s.position + '. ' : '' }}{{ s.unit.name }}
                </mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.unitId.errors | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field class="td-full">
            <mat-label>{{ t('criteria.leader.note') }}</mat-label>
            <textarea matInput rows="3" formControlName="note"></textarea>
            <mat-hint>{{
              t(needsNote() ? 'criteria.leader.noteNeeded' : 'criteria.leader.noteHint')
            }}</mat-hint>
            <mat-error>{{ form.controls.note.errors | fieldError }}</mat-error>
          </mat-form-field>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button matButton type="button" mat-dialog-close>{{ t('common.cancel') }}</button>
          <button matButton="filled" type="submit" disabledInteractive [disabled]="saving()">
            {{ t(saving() ? 'common.saving' : 'criteria.leader.confirm') }}
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
export class LeaderDialog {
  private readonly api = inject(ClustersApi);
  private readonly language = inject(LanguageService);
  private readonly ref = inject<MatDialogRef<LeaderDialog, ClusterDto>>(MatDialogRef);
  protected readonly data = inject<ClusterDto>(MAT_DIALOG_DATA);
  /** The member ranked first, when any member has a final score. */
  protected readonly best = this.data.standings.find((s) => s.position === 1) ?? null;
  protected readonly form = new FormGroup({
    unitId: new FormControl(this.data.leader?.unit.id ?? this.best?.unit.id ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    note: new FormControl(this.data.leader?.note ?? '', { nonNullable: true }),
  });
  private readonly unitId = toSignal(this.form.controls.unitId.valueChanges, {
    initialValue: this.form.controls.unitId.value,
  });
  protected readonly needsNote = computed(() => !this.best || this.unitId() !== this.best.unit.id);
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
        this.api.selectLeader(this.data.id, {
          version: this.data.version,
          unitId: v.unitId,
          note: v.note.trim() || null,
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
