import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { OrgUnitDto, OrgUnitTypeDto } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { allowedChildTypes } from '../data/unit-types';
import { DIALOG_IMPORTS } from './dialog-imports';
import { effectiveControls, effectivePayload } from './effective-fields';
import { NewUnitFields } from './new-unit-fields';
import { OrgChangeDialog } from './org-change-dialog';
import { newUnitGroup, newUnitPayload } from './unit-fields';

export interface CreateUnitData {
  /** null: a root unit. */
  parent: OrgUnitDto | null;
  types: readonly OrgUnitTypeDto[];
}

/** A new unit under `parent`, of one of the types that parent may have below it. */
@Component({
  selector: 'td-create-unit-dialog',
  imports: [...DIALOG_IMPORTS, NewUnitFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t(data.parent ? 'org.create.childTitle' : 'org.create.rootTitle') }}</h2>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <mat-dialog-content>
          @if (data.parent; as parent) {
            <p class="td-dialog-lead">{{ t('org.create.under', { name: parent.name }) }}</p>
          }
          @if (summary(); as message) {
            <td-alert class="td-dialog-alert">{{ message }}</td-alert>
          }
          <td-new-unit-fields [group]="form.controls.unit" [types]="types" />
          <td-effective-fields [date]="form.controls.effectiveDate" [reason]="form.controls.reason" />
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button matButton type="button" mat-dialog-close>{{ t('common.cancel') }}</button>
          <button matButton="filled" type="submit" disabledInteractive [disabled]="saving()">
            {{ t(saving() ? 'common.saving' : 'org.create.submit') }}
          </button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
})
export class CreateUnitDialog extends OrgChangeDialog {
  protected readonly data = inject<CreateUnitData>(MAT_DIALOG_DATA);
  protected readonly types = allowedChildTypes(this.data.types, this.data.parent);
  protected readonly form = new FormGroup({ unit: newUnitGroup(this.types), ...effectiveControls() });

  protected save(): Promise<void> {
    const parentId = this.data.parent?.id ?? null;
    return this.submit(
      this.form,
      async () => {
        const { effectiveDate, reason } = this.form.getRawValue();
        const created = await firstValueFrom(
          this.api.create({
            ...newUnitPayload(this.form.controls.unit),
            parentId,
            ...effectivePayload({ effectiveDate, reason }),
          }),
        );
        return { parents: [parentId], select: created.id };
      },
      { toApiField: (path) => path.replace(/^unit\./, '') },
    );
  }
}
