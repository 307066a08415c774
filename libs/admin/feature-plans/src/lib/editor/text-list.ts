import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl } from '@angular/forms';
import { EDITOR_IMPORTS } from './editor-imports';
import { moveAt, TextList } from './plan-form';

/** An ordered, editable list of paragraphs (purposes, duties): numbered, reorderable. */
@Component({
  selector: 'td-text-list',
  imports: [...EDITOR_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <ol class="list">
        @for (control of list().controls; track control; let i = $index) {
          <li class="row">
            <span class="no" aria-hidden="true">{{ i + 1 }}.</span>
            <mat-form-field class="grow" subscriptSizing="dynamic">
              <mat-label>{{ itemLabel() }} {{ i + 1 }}</mat-label>
              <textarea
                matInput
                cdkTextareaAutosize
                cdkAutosizeMinRows="1"
                [formControl]="control"
              ></textarea>
            </mat-form-field>
            <td-row-tools
              [index]="i"
              [count]="list().length"
              [label]="itemLabel() + ' ' + (i + 1)"
              (moved)="move(i, $event)"
              (removed)="list().removeAt(i); list().markAsDirty()"
            />
          </li>
        }
      </ol>
      <button matButton type="button" class="add" (click)="add()">
        <td-icon matButtonIcon name="add" />{{ addLabel() }}
      </button>
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
    }
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .row {
      display: flex;
      align-items: flex-start;
      gap: 4px;
      margin-bottom: 8px;
    }
    .no {
      min-width: 1.6em;
      padding-top: 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    .grow {
      flex: 1;
      min-width: 0;
    }
  `,
})
export class TextListField {
  readonly list = input.required<TextList>();
  readonly itemLabel = input.required<string>();
  readonly addLabel = input.required<string>();

  protected add(): void {
    this.list().push(new FormControl('', { nonNullable: true }));
    this.list().markAsDirty();
  }

  protected move(index: number, by: -1 | 1): void {
    moveAt(this.list(), index, by);
  }
}
