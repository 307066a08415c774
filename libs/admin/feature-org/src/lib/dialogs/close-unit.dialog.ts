import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { DIALOG_IMPORTS } from './dialog-imports';
import { effectiveControls, effectivePayload } from './effective-fields';
import { OrgChangeDialog } from './org-change-dialog';
import { UnitDialogData } from './rename-unit.dialog';

/** Dissolves a unit from a date on. It stays in the history and in the tree of earlier dates. */
@Component({
  selector: 'td-close-unit-dialog',
  imports: [...DIALOG_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t('org.close.title', { name: data.unit.name }) }}</h2>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <mat-dialog-content>
          <td-alert tone="warning" class="td-dialog-alert">
            {{
              t(data.unit.childCount > 0 ? 'org.close.withChildren' : 'org.close.warning', {
                count: data.unit.childCount,
              })
            }}
          </td-alert>
          @if (summary(); as message) {
            <td-alert class="td-dialog-alert">{{ message }}</td-alert>
          }
          <td-effective-fields [date]="form.controls.effectiveDate" [reason]="form.controls.reason" />
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button matButton type="button" mat-dialog-close>{{ t('common.cancel') }}</button>
          <button
            matButton="filled"
            type="submit"
            class="td-danger"
            disabledInteractive
            [disabled]="saving()"
          >
            {{ t(saving() ? 'common.saving' : 'org.close.submit') }}
          </button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
})
export class CloseUnitDialog extends OrgChangeDialog {
  protected readonly data = inject<UnitDialogData>(MAT_DIALOG_DATA);
  protected readonly form = new FormGroup({ ...effectiveControls() });

  protected save(): Promise<void> {
    const unit = this.data.unit;
    return this.submit(this.form, async () => {
      await firstValueFrom(this.api.close(unit.id, effectivePayload(this.form.getRawValue())));
      return { parents: [unit.parentId], select: unit.id };
    });
  }
}
