import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MatChip, MatChipRemove, MatChipSet } from '@angular/material/chips';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslocoService } from '@jsverse/transloco';
import { MergeOrgUnitsRequest, OrgUnitDto, OrgUnitTypeDto } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { OrgUnitPicker } from '../picker/org-unit-picker';
import { DIALOG_IMPORTS } from './dialog-imports';
import { effectiveControls, effectivePayload } from './effective-fields';
import { NewUnitFields } from './new-unit-fields';
import { OrgChangeDialog } from './org-change-dialog';
import { newUnitGroup, newUnitPayload } from './unit-fields';

export interface MergeUnitsData {
  /** The unit the merge was started from: the first source. */
  source: OrgUnitDto | null;
  types: readonly OrgUnitTypeDto[];
}

/** Several units become one: an existing unit takes them in, or a new unit replaces them. */
@Component({
  selector: 'td-merge-units-dialog',
  imports: [
    ...DIALOG_IMPORTS,
    OrgUnitPicker,
    NewUnitFields,
    MatChipSet,
    MatChip,
    MatChipRemove,
    MatRadioGroup,
    MatRadioButton,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './merge-units.dialog.html',
})
export class MergeUnitsDialog extends OrgChangeDialog {
  private readonly transloco = inject(TranslocoService);
  protected readonly data = inject<MergeUnitsData>(MAT_DIALOG_DATA);
  protected readonly targetTypes = this.data.types.filter((type) => !type.historical);

  protected readonly pick = new FormControl<OrgUnitDto | null>(null);
  protected readonly form = new FormGroup({
    sources: new FormControl<OrgUnitDto[]>(this.data.source ? [this.data.source] : [], { nonNullable: true }),
    mode: new FormControl<'existing' | 'new'>('existing', { nonNullable: true }),
    targetId: new FormControl<OrgUnitDto | null>(null, { validators: [Validators.required] }),
    target: newUnitGroup(this.targetTypes),
    ...effectiveControls(),
  });

  protected readonly notPickable = (unit: OrgUnitDto) =>
    this.form.controls.sources.value.some((s) => s.id === unit.id) ||
    this.form.controls.targetId.value?.id === unit.id;
  protected readonly notTarget = (unit: OrgUnitDto) =>
    this.form.controls.sources.value.some((s) => s.id === unit.id);

  constructor() {
    super();
    this.useMode('existing');
    const sourceType = this.targetTypes.find((type) => type.code === this.data.source?.typeCode);
    if (sourceType) this.form.controls.target.controls.typeId.setValue(sourceType.id);
    this.form.controls.mode.valueChanges.pipe(takeUntilDestroyed()).subscribe((mode) => this.useMode(mode));
    this.pick.valueChanges.pipe(takeUntilDestroyed()).subscribe((unit) => {
      if (!unit) return;
      this.form.controls.sources.setValue([...this.form.controls.sources.value, unit]);
      this.pick.setValue(null);
    });
  }

  protected remove(unit: OrgUnitDto): void {
    this.form.controls.sources.setValue(this.form.controls.sources.value.filter((s) => s.id !== unit.id));
  }

  protected save(): Promise<void> {
    const sources = this.form.controls.sources.value;
    const minimum = this.form.controls.mode.value === 'new' ? 2 : 1;
    const check = () =>
      sources.length < minimum ? this.transloco.translate('org.merge.needSources', { count: minimum }) : null;
    return this.submit(
      this.form,
      async () => {
        const { mode, targetId, effectiveDate, reason } = this.form.getRawValue();
        const parentId = sources[0].parentId;
        const body: MergeOrgUnitsRequest = {
          sourceIds: sources.map((s) => s.id),
          ...(mode === 'existing'
            ? { targetId: (targetId as OrgUnitDto).id }
            : { target: { ...newUnitPayload(this.form.controls.target), parentId } }),
          ...effectivePayload({ effectiveDate, reason }),
        };
        const merged = await firstValueFrom(this.api.merge(body));
        return { parents: [...sources.map((s) => s.parentId), merged.parentId], select: merged.id };
      },
      { check, toApiField: (path) => (path === 'sources' ? 'sourceIds' : path) },
    );
  }

  private useMode(mode: 'existing' | 'new'): void {
    const { targetId, target } = this.form.controls;
    if (mode === 'existing') {
      targetId.enable();
      target.disable();
    } else {
      targetId.disable();
      target.enable();
    }
  }
}
