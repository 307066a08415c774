import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguageService, matchesQuery } from '@thidua/admin/core';
import { Alert, applyServerErrors, FieldErrorPipe, TdIcon } from '@thidua/admin/ui';
import { CLUSTER_KINDS, ClusterDto, ClusterKind, PlanUnitRef } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { ClustersApi } from '../data/criteria.api';

export interface ClusterDialogData {
  planId: string;
  /** The units the plan was sent to: only they may join. */
  units: PlanUnitRef[];
  /** The cluster to change; absent to create one. */
  cluster?: ClusterDto;
}

/** Creates a cluster or bloc of a plan, or changes its name, kind, members and chairing unit. */
@Component({
  selector: 'td-cluster-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatPrefix,
    MatInput,
    MatRadioGroup,
    MatRadioButton,
    MatSelect,
    MatOption,
    TranslocoDirective,
    Alert,
    FieldErrorPipe,
    TdIcon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cluster.dialog.html',
  styleUrl: './cluster.dialog.scss',
})
export class ClusterDialog {
  private readonly api = inject(ClustersApi);
  private readonly language = inject(LanguageService);
  private readonly ref = inject<MatDialogRef<ClusterDialog, ClusterDto>>(MatDialogRef);
  protected readonly data = inject<ClusterDialogData>(MAT_DIALOG_DATA);
  protected readonly kinds = CLUSTER_KINDS;
  private readonly cluster = this.data.cluster;

  protected readonly form = new FormGroup({
    name: new FormControl(this.cluster?.name ?? '', { nonNullable: true, validators: [Validators.required] }),
    kind: new FormControl<ClusterKind>(this.cluster?.kind ?? 'cluster', { nonNullable: true }),
    description: new FormControl(this.cluster?.description ?? '', { nonNullable: true }),
    memberUnitIds: new FormControl<string[]>(this.cluster?.standings.map((s) => s.unit.id) ?? [], {
      nonNullable: true,
    }),
    headUnitId: new FormControl<string | null>(this.cluster?.head?.id ?? null),
  });
  protected readonly q = signal('');
  protected readonly members = signal<string[]>(this.form.controls.memberUnitIds.value);
  protected readonly shown = computed(() =>
    this.data.units.filter((u) => matchesQuery(this.q(), u.name, u.code)),
  );
  protected readonly chosen = computed(() => {
    const ids = new Set(this.members());
    return this.data.units.filter((u) => ids.has(u.id));
  });
  protected readonly tooFew = signal(false);
  protected readonly saving = signal(false);
  protected readonly summary = signal<string | null>(null);

  protected toggle(unit: PlanUnitRef, checked: boolean): void {
    const ids = this.members().filter((id) => id !== unit.id);
    if (checked) ids.push(unit.id);
    this.members.set(ids);
    this.form.controls.memberUnitIds.setValue(ids);
    this.form.controls.memberUnitIds.markAsDirty();
    if (!ids.includes(this.form.controls.headUnitId.value ?? ''))
      this.form.controls.headUnitId.setValue(null);
    if (ids.length >= 2) this.tooFew.set(false);
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.summary.set(null);
    const v = this.form.getRawValue();
    this.tooFew.set(v.memberUnitIds.length < 2);
    if (this.form.invalid || this.tooFew()) {
      this.form.markAllAsTouched();
      return;
    }
    const body = {
      name: v.name.trim(),
      kind: v.kind,
      description: v.description.trim() || null,
      memberUnitIds: v.memberUnitIds,
      headUnitId: v.headUnitId,
    };
    this.saving.set(true);
    try {
      const saved = this.cluster
        ? await firstValueFrom(this.api.update(this.cluster.id, { ...body, version: this.cluster.version }))
        : await firstValueFrom(this.api.create({ ...body, planId: this.data.planId }));
      this.ref.close(saved);
    } catch (error) {
      this.summary.set(applyServerErrors(this.form, error, this.language.current()).summary);
    } finally {
      this.saving.set(false);
    }
  }
}
