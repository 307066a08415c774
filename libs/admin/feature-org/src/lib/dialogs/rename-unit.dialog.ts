import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { OrgUnitDto } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { DIALOG_IMPORTS } from './dialog-imports';
import { effectiveControls, effectivePayload } from './effective-fields';
import { OrgChangeDialog } from './org-change-dialog';

export interface UnitDialogData {
  unit: OrgUnitDto;
}

/** A new name from a date on; the old name stays in the history. */
@Component({
  selector: 'td-rename-unit-dialog',
  imports: [...DIALOG_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t('org.rename.title') }}</h2>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <mat-dialog-content>
          <p class="td-dialog-lead">{{ t('org.rename.current', { name: data.unit.name }) }}</p>
          @if (summary(); as message) {
            <td-alert class="td-dialog-alert">{{ message }}</td-alert>
          }
          <mat-form-field subscriptSizing="dynamic" class="td-full">
            <mat-label>{{ t('org.fields.newName') }}</mat-label>
            <input matInput formControlName="name" required />
            <mat-error>{{ form.controls.name.errors | fieldError }}</mat-error>
          </mat-form-field>
          <td-effective-fields [date]="form.controls.effectiveDate" [reason]="form.controls.reason" />
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button matButton type="button" mat-dialog-close>{{ t('common.cancel') }}</button>
          <button matButton="filled" type="submit" disabledInteractive [disabled]="saving()">
            {{ t(saving() ? 'common.saving' : 'org.rename.submit') }}
          </button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
})
export class RenameUnitDialog extends OrgChangeDialog {
  protected readonly data = inject<UnitDialogData>(MAT_DIALOG_DATA);
  protected readonly form = new FormGroup({
    name: new FormControl(this.data.unit.name, {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(255)],
    }),
    ...effectiveControls(),
  });

  protected save(): Promise<void> {
    const unit = this.data.unit;
    return this.submit(this.form, async () => {
      const { name, ...effective } = this.form.getRawValue();
      await firstValueFrom(this.api.rename(unit.id, { name: name.trim(), ...effectivePayload(effective) }));
      return { parents: [unit.parentId], select: unit.id };
    });
  }
}
