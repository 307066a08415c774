import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormArray } from '@angular/forms';
import { EDITOR_IMPORTS } from './editor-imports';
import { ItemGroup, itemGroup, moveAt } from './plan-form';

/** Nội dung thi đua: numbered items (2.1, 2.2 … or 1, 2 …) of rich text. */
@Component({
  selector: 'td-items-section',
  imports: [...EDITOR_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <ol class="entries">
        @for (group of items().controls; track group; let i = $index) {
          <li class="entry item" [formGroup]="group">
            <mat-form-field class="no" subscriptSizing="dynamic">
              <mat-label>{{ t('plans.editor.item.number') }}</mat-label>
              <input matInput formControlName="number" />
            </mat-form-field>
            <mat-form-field class="text" subscriptSizing="dynamic">
              <mat-label>{{ t('plans.editor.itemN', { n: i + 1 }) }}</mat-label>
              <textarea
                matInput
                cdkTextareaAutosize
                cdkAutosizeMinRows="3"
                formControlName="text"
                required
              ></textarea>
              <mat-hint>{{ t('plans.editor.richHint') }}</mat-hint>
              <mat-error>{{ group.controls.text.errors | fieldError }}</mat-error>
            </mat-form-field>
            <td-row-tools
              [index]="i"
              [count]="items().length"
              [label]="t('plans.editor.itemN', { n: i + 1 })"
              (moved)="move(i, $event)"
              (removed)="remove(i)"
            />
          </li>
        }
      </ol>
      <button matButton type="button" (click)="add()">
        <td-icon matButtonIcon name="add" />{{ t('plans.editor.addItem') }}
      </button>
    </ng-container>
  `,
  styleUrl: './section.scss',
  styles: `
    .item {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px;
      padding-top: 12px;
    }
    .no {
      width: 88px;
    }
    .text {
      flex: 1 1 260px;
      min-width: 0;
    }
  `,
})
export class ItemsSection {
  readonly items = input.required<FormArray<ItemGroup>>();

  protected add(): void {
    const next = this.items().length + 1;
    this.items().push(itemGroup({ number: String(next) }));
    this.items().markAsDirty();
  }

  protected remove(index: number): void {
    this.items().removeAt(index);
    this.items().markAsDirty();
  }

  protected move(index: number, by: -1 | 1): void {
    moveAt(this.items(), index, by);
  }
}
