import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormArray } from '@angular/forms';
import { EDITOR_IMPORTS } from './editor-imports';
import { BasisGroup, basisGroup, moveAt } from './plan-form';

/** Căn cứ: the documents the plan is based on, in the order the plan cites them. */
@Component({
  selector: 'td-bases-section',
  imports: [...EDITOR_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './bases-section.html',
  styleUrl: './section.scss',
})
export class BasesSection {
  readonly bases = input.required<FormArray<BasisGroup>>();

  protected add(): void {
    this.bases().push(basisGroup());
    this.bases().markAsDirty();
  }

  protected remove(index: number): void {
    this.bases().removeAt(index);
    this.bases().markAsDirty();
  }

  protected move(index: number, by: -1 | 1): void {
    moveAt(this.bases(), index, by);
  }
}
