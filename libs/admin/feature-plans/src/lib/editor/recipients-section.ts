import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormArray, FormControl } from '@angular/forms';
import { RECIPIENT_PURPOSES } from '@thidua/shared/contracts';
import { EDITOR_IMPORTS } from './editor-imports';
import { moveAt, RecipientGroup, recipientGroup } from './plan-form';

/** Nơi nhận: the lines of the recipients block, each for reporting (b/c) or execution (t/h), and the archive line. */
@Component({
  selector: 'td-recipients-section',
  imports: [...EDITOR_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <ol class="entries">
        @for (line of lines().controls; track line; let i = $index) {
          <li class="line" [formGroup]="line">
            <mat-form-field class="name" subscriptSizing="dynamic">
              <mat-label>{{ t('plans.editor.recipientN', { n: i + 1 }) }}</mat-label>
              <input matInput formControlName="name" required />
              <mat-error>{{ line.controls.name.errors | fieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field class="purpose" subscriptSizing="dynamic">
              <mat-label>{{ t('plans.editor.purpose') }}</mat-label>
              <mat-select formControlName="purpose">
                <mat-option [value]="null">{{ t('plans.editor.purposes.none') }}</mat-option>
                @for (p of purposes; track p) {
                  <mat-option [value]="p">{{ t('plans.editor.purposes.' + p) }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <td-row-tools
              [index]="i"
              [count]="lines().length"
              [label]="t('plans.editor.recipientN', { n: i + 1 })"
              (moved)="move(i, $event)"
              (removed)="remove(i)"
            />
          </li>
        }
      </ol>
      <button matButton type="button" (click)="add()">
        <td-icon matButtonIcon name="add" />{{ t('plans.editor.addRecipient') }}
      </button>
      <mat-form-field class="archive" subscriptSizing="dynamic">
        <mat-label>{{ t('plans.editor.archive') }}</mat-label>
        <input matInput [formControl]="archive()" placeholder="Lưu: VT, Ban CSPL&QHLĐ" />
      </mat-form-field>
    </ng-container>
  `,
  styleUrl: './section.scss',
  styles: `
    .line {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px;
      margin-bottom: 8px;
    }
    .name {
      flex: 3 1 220px;
      min-width: 0;
    }
    .purpose {
      flex: 1 1 130px;
    }
    .archive {
      width: 100%;
      margin-top: 12px;
    }
  `,
})
export class RecipientsSection {
  readonly lines = input.required<FormArray<RecipientGroup>>();
  readonly archive = input.required<FormControl<string>>();
  protected readonly purposes = RECIPIENT_PURPOSES;

  protected add(): void {
    this.lines().push(recipientGroup());
    this.lines().markAsDirty();
  }

  protected remove(index: number): void {
    this.lines().removeAt(index);
    this.lines().markAsDirty();
  }

  protected move(index: number, by: -1 | 1): void {
    moveAt(this.lines(), index, by);
  }
}
