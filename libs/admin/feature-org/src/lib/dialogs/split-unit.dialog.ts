import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormArray, FormGroup } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { TranslocoService } from '@jsverse/transloco';
import { OrgUnitDto, OrgUnitTypeDto } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { DIALOG_IMPORTS } from './dialog-imports';
import { effectiveControls, effectivePayload } from './effective-fields';
import { NewUnitFields } from './new-unit-fields';
import { OrgChangeDialog } from './org-change-dialog';
import { newUnitGroup, NewUnitGroup, newUnitPayload } from './unit-fields';

export interface SplitUnitData {
  unit: OrgUnitDto;
  types: readonly OrgUnitTypeDto[];
}

export const SPLIT_MIN = 2;
export const SPLIT_MAX = 50;

/** One unit becomes two or more new units under the same parent; the unit itself closes. */
@Component({
  selector: 'td-split-unit-dialog',
  imports: [...DIALOG_IMPORTS, NewUnitFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './split-unit.dialog.html',
  styles: `
    .target {
      margin-bottom: 12px;
      padding: 12px 12px 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    .target-head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      margin-bottom: 8px;
      font: var(--mat-sys-title-small);
    }
    .add {
      margin-bottom: 16px;
    }
  `,
})
export class SplitUnitDialog extends OrgChangeDialog {
  private readonly transloco = inject(TranslocoService);
  protected readonly data = inject<SplitUnitData>(MAT_DIALOG_DATA);
  protected readonly types = this.data.types.filter((type) => !type.historical);
  protected readonly max = SPLIT_MAX;
  protected readonly form = new FormGroup({
    targets: new FormArray<NewUnitGroup>([this.newTarget(), this.newTarget()]),
    ...effectiveControls(),
  });

  protected add(): void {
    if (this.form.controls.targets.length < SPLIT_MAX) this.form.controls.targets.push(this.newTarget());
  }

  protected removeAt(index: number): void {
    if (this.form.controls.targets.length > SPLIT_MIN) this.form.controls.targets.removeAt(index);
  }

  protected save(): Promise<void> {
    const unit = this.data.unit;
    const check = () => {
      const codes = this.form.controls.targets.controls.map((g) =>
        g.controls.code.value.trim().toUpperCase(),
      );
      return new Set(codes).size < codes.length ? this.transloco.translate('org.split.duplicateCodes') : null;
    };
    return this.submit(
      this.form,
      async () => {
        const { effectiveDate, reason } = this.form.getRawValue();
        const targets = this.form.controls.targets.controls.map((group) => ({
          ...newUnitPayload(group),
          parentId: unit.parentId,
        }));
        await firstValueFrom(
          this.api.split(unit.id, { targets, ...effectivePayload({ effectiveDate, reason }) }),
        );
        return { parents: [unit.parentId], select: unit.id };
      },
      { check },
    );
  }

  private newTarget(): NewUnitGroup {
    const group = newUnitGroup(this.types);
    const sameType = this.types.find((type) => type.code === this.data.unit.typeCode);
    if (sameType) group.controls.typeId.setValue(sameType.id);
    return group;
  }
}
