import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatChipListbox, MatChipOption } from '@angular/material/chips';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguageService } from '@thidua/admin/core';
import { OrgUnitPicker } from '@thidua/admin/feature-org';
import { Alert, applyServerErrors } from '@thidua/admin/ui';
import { OrgUnitDto, PlanDto, PlanUnitRef } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { PlansApi } from '../data/plans.api';

/** How many of the user's receiving units are offered as one-click choices. */
export const QUICK_UNITS = 12;

/**
 * "Xây dựng kế hoạch của đơn vị": a unit that received the plan starts its own draft from it. The
 * user's receiving unit is chosen to start with; another unit of theirs (e.g. one below it) can be
 * searched. Closes with the new draft.
 */
@Component({
  selector: 'td-derive-dialog',
  imports: [
    MatButton,
    MatChipListbox,
    MatChipOption,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    TranslocoDirective,
    Alert,
    OrgUnitPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t('plans.derive.title') }}</h2>
      <mat-dialog-content>
        <p class="td-dialog-lead">{{ t('plans.derive.lead', { title: data.title }) }}</p>
        @if (summary(); as message) {
          <td-alert class="td-dialog-alert">{{ message }}</td-alert>
        }
        @if (quick.length) {
          <p class="td-dialog-section">{{ t('plans.derive.recipients') }}</p>
          <mat-chip-listbox [attr.aria-label]="t('plans.derive.recipients')" class="quick">
            @for (unit of quick; track unit.id) {
              <mat-chip-option
                [selected]="form.controls.unit.value?.id === unit.id"
                (selectionChange)="$event.selected && pickRef(unit)"
              >
                {{ unit.name }}
              </mat-chip-option>
            }
          </mat-chip-listbox>
        }
        <td-org-unit-picker
          [control]="form.controls.unit"
          [label]="t('plans.derive.unit')"
          [hint]="t('plans.derive.unitHint')"
          [required]="true"
        />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" mat-dialog-close>{{ t('common.cancel') }}</button>
        <button matButton="filled" type="button" disabledInteractive [disabled]="saving()" (click)="derive()">
          {{ t(saving() ? 'common.saving' : 'plans.derive.submit') }}
        </button>
      </mat-dialog-actions>
    </ng-container>
  `,
  styles: `
    .quick {
      display: block;
      margin-bottom: 16px;
    }
  `,
})
export class DeriveDialog {
  private readonly api = inject(PlansApi);
  private readonly language = inject(LanguageService);
  private readonly ref = inject<MatDialogRef<DeriveDialog, PlanDto>>(MatDialogRef);
  protected readonly data = inject<PlanDto>(MAT_DIALOG_DATA);
  /** The user's own units the plan was sent to: the first is chosen to start with. */
  protected readonly quick = this.data.myReceipts.map((r) => r.unit).slice(0, QUICK_UNITS);
  protected readonly form = new FormGroup({
    unit: new FormControl<OrgUnitDto | null>(
      this.quick[0] ? ({ ...this.quick[0] } as OrgUnitDto) : null,
      Validators.required,
    ),
  });
  protected readonly saving = signal(false);
  protected readonly summary = signal<string | null>(null);

  /** A recipient unit chosen with one click (only its id, name and code are known). */
  protected pickRef(unit: PlanUnitRef): void {
    this.form.controls.unit.setValue({ ...unit } as OrgUnitDto);
  }

  protected async derive(): Promise<void> {
    if (this.saving()) return;
    this.summary.set(null);
    const unit = this.form.controls.unit.value;
    if (!unit) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      this.ref.close(await firstValueFrom(this.api.derive(this.data.id, { issuerUnitId: unit.id })));
    } catch (error) {
      this.summary.set(
        applyServerErrors(this.form, error, this.language.current(), (path) =>
          path === 'unit' ? 'issuerUnitId' : path,
        ).summary,
      );
    } finally {
      this.saving.set(false);
    }
  }
}
