import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormArray } from '@angular/forms';
import { EDITOR_IMPORTS } from './editor-imports';
import { DutyGroup, dutyGroup, moveAt } from './plan-form';
import { TextListField } from './text-list';

/** Tổ chức thực hiện: for each union level, what it must do. */
@Component({
  selector: 'td-duties-section',
  imports: [...EDITOR_IMPORTS, TextListField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <ol class="entries">
        @for (duty of duties().controls; track duty; let i = $index) {
          <li class="entry" [formGroup]="duty">
            <div class="entry-head">
              <span>{{ t('plans.editor.dutyN', { n: i + 1 }) }}</span>
              <td-row-tools
                [index]="i"
                [count]="duties().length"
                [label]="t('plans.editor.dutyN', { n: i + 1 })"
                (moved)="move(i, $event)"
                (removed)="remove(i)"
              />
            </div>
            <mat-form-field class="level" subscriptSizing="dynamic">
              <mat-label>{{ t('plans.editor.duty.level') }}</mat-label>
              <input matInput formControlName="level" [placeholder]="t('plans.editor.duty.levelHint')" />
            </mat-form-field>
            <td-text-list
              [list]="duty.controls.items"
              [itemLabel]="t('plans.editor.duty.item')"
              [addLabel]="t('plans.editor.duty.addItem')"
            />
          </li>
        }
      </ol>
      <button matButton type="button" (click)="add()">
        <td-icon matButtonIcon name="add" />{{ t('plans.editor.addDuty') }}
      </button>
    </ng-container>
  `,
  styleUrl: './section.scss',
  styles: `
    .level {
      width: 100%;
      margin-bottom: 8px;
    }
  `,
})
export class DutiesSection {
  readonly duties = input.required<FormArray<DutyGroup>>();

  protected add(): void {
    this.duties().push(dutyGroup());
    this.duties().markAsDirty();
  }

  protected remove(index: number): void {
    this.duties().removeAt(index);
    this.duties().markAsDirty();
  }

  protected move(index: number, by: -1 | 1): void {
    moveAt(this.duties(), index, by);
  }
}
