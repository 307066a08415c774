import { CdkTextareaAutosize } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { FieldErrorPipe, RowTools, TdIcon } from '@thidua/admin/ui';
import { points } from '../data/criteria.api';
import { criterionForm, GroupForm, groupForm, move, Totals } from './criteria-form';

/** Nhóm tiêu chí, each with its criteria: codes, wording, maximum points and scoring guidance. */
@Component({
  selector: 'td-criteria-groups',
  imports: [
    CdkTextareaAutosize,
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    TranslocoDirective,
    FieldErrorPipe,
    TdIcon,
    RowTools,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './groups-section.html',
  styleUrl: './groups-section.scss',
})
export class GroupsSection {
  readonly groups = input.required<FormArray<GroupForm>>();
  readonly totals = input.required<Totals>();
  protected readonly points = points;

  protected addGroup(): void {
    const n = this.groups().length + 1;
    this.groups().push(groupForm({ code: roman(n), criteria: [{ code: `${n}.1` }] }));
    this.groups().markAsDirty();
  }

  protected removeGroup(i: number): void {
    this.groups().removeAt(i);
    this.groups().markAsDirty();
  }

  protected moveGroup(i: number, by: -1 | 1): void {
    move(this.groups(), i, by);
  }

  protected addCriterion(group: GroupForm, groupIndex: number): void {
    const criteria = group.controls.criteria;
    criteria.push(criterionForm({ code: `${groupIndex + 1}.${criteria.length + 1}` }));
    criteria.markAsDirty();
  }

  protected removeCriterion(group: GroupForm, i: number): void {
    group.controls.criteria.removeAt(i);
    group.controls.criteria.markAsDirty();
  }

  protected moveCriterion(group: GroupForm, i: number, by: -1 | 1): void {
    move(group.controls.criteria, i, by);
  }
}

const ROMAN: [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** I, II, III… for the next group's code. */
export function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}
