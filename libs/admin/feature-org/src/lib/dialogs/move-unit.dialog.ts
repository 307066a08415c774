import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { OrgUnitDto, OrgUnitTypeDto } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { isSelfOrDescendant } from '../data/unit-types';
import { OrgUnitPicker } from '../picker/org-unit-picker';
import { DIALOG_IMPORTS } from './dialog-imports';
import { effectiveControls, effectivePayload } from './effective-fields';
import { OrgChangeDialog } from './org-change-dialog';

export interface MoveUnitData {
  unit: OrgUnitDto;
  types: readonly OrgUnitTypeDto[];
}

/** Puts a unit (with everything below it) under another parent from a date on. */
@Component({
  selector: 'td-move-unit-dialog',
  imports: [...DIALOG_IMPORTS, OrgUnitPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t('org.move.title', { name: data.unit.name }) }}</h2>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <mat-dialog-content>
          <p class="td-dialog-lead">{{ t('org.move.lead') }}</p>
          @if (summary(); as message) {
            <td-alert class="td-dialog-alert">{{ message }}</td-alert>
          }
          <td-org-unit-picker
            [control]="form.controls.parentId"
            [label]="t('org.fields.newParent')"
            [hint]="t('org.hints.newParent')"
            [exclude]="cannotHost"
            [required]="true"
          />
          <td-effective-fields [date]="form.controls.effectiveDate" [reason]="form.controls.reason" />
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button matButton type="button" mat-dialog-close>{{ t('common.cancel') }}</button>
          <button matButton="filled" type="submit" disabledInteractive [disabled]="saving()">
            {{ t(saving() ? 'common.saving' : 'org.move.submit') }}
          </button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
})
export class MoveUnitDialog extends OrgChangeDialog {
  protected readonly data = inject<MoveUnitData>(MAT_DIALOG_DATA);
  /** Named `parentId` so the API's field errors land on the picker. */
  protected readonly form = new FormGroup({
    parentId: new FormControl<OrgUnitDto | null>(null, { validators: [Validators.required] }),
    ...effectiveControls(),
  });

  /** Not the unit itself, not below it, not its current parent, and only a type that may hold it. */
  protected readonly cannotHost = (candidate: OrgUnitDto): boolean => {
    const unit = this.data.unit;
    const type = this.data.types.find((t) => t.code === candidate.typeCode);
    const allowed = !type || type.childTypeCodes.includes(unit.typeCode);
    return isSelfOrDescendant(candidate, unit) || candidate.id === unit.parentId || !allowed;
  };

  protected save(): Promise<void> {
    const unit = this.data.unit;
    return this.submit(this.form, async () => {
      const { parentId, ...effective } = this.form.getRawValue();
      const parent = parentId as OrgUnitDto;
      await firstValueFrom(this.api.move(unit.id, { parentId: parent.id, ...effectivePayload(effective) }));
      return { parents: [unit.parentId, parent.id], select: unit.id };
    });
  }
}
