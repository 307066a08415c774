import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { FieldErrorPipe, RowTools, TdIcon } from '@thidua/admin/ui';
import { BandForm, bandForm, move } from './criteria-form';

/** Mức xếp loại, highest first: a name, the least total, and the least share of every criterion. */
@Component({
  selector: 'td-rank-bands',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslocoDirective,
    FieldErrorPipe,
    TdIcon,
    RowTools,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <ol class="bands">
        @for (band of bands().controls; track band; let i = $index) {
          <li class="band" [formGroup]="band">
            <span class="rank" aria-hidden="true">{{ i + 1 }}</span>
            <mat-form-field class="name" subscriptSizing="dynamic">
              <mat-label>{{ t('criteria.fields.bandName') }}</mat-label>
              <input matInput formControlName="name" required />
              <mat-error>{{ band.controls.name.errors | fieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field class="num" subscriptSizing="dynamic">
              <mat-label>{{ t('criteria.fields.minTotal') }}</mat-label>
              <input matInput type="number" min="0" formControlName="minTotal" required />
              <mat-error>{{ band.controls.minTotal.errors | fieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field class="num" subscriptSizing="dynamic">
              <mat-label>{{ t('criteria.fields.minCriterionRatio') }}</mat-label>
              <input matInput type="number" min="0" max="1" step="0.1" formControlName="minCriterionRatio" />
              <mat-hint>{{ ratioHint(band.value.minCriterionRatio, t) }}</mat-hint>
              <mat-error>{{ band.controls.minCriterionRatio.errors | fieldError }}</mat-error>
            </mat-form-field>
            <td-row-tools
              [index]="i"
              [count]="bands().length"
              [label]="band.value.name || t('criteria.editor.bandN', { n: i + 1 })"
              (moved)="moveBand(i, $event)"
              (removed)="removeBand(i)"
            />
          </li>
        } @empty {
          <li class="muted">{{ t('criteria.editor.noBands') }}</li>
        }
      </ol>
      <button matButton type="button" (click)="addBand()">
        <td-icon matButtonIcon name="add" />{{ t('criteria.editor.addBand') }}
      </button>
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
    }
    .bands {
      list-style: none;
      margin: 0 0 8px;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    .band {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 12px;
      mat-form-field {
        min-width: 0;
      }
      .name {
        flex: 2 1 240px;
      }
      .num {
        flex: 1 1 210px;
      }
      td-row-tools {
        margin-top: 4px;
      }
    }
    .rank {
      display: grid;
      place-items: center;
      width: 28px;
      height: 28px;
      margin-top: 14px;
      border-radius: 50%;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      font: var(--mat-sys-label-large);
    }
    .muted {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class BandsSection {
  readonly bands = input.required<FormArray<BandForm>>();

  protected ratioHint(
    ratio: number | null | undefined,
    t: (key: string, params?: Record<string, unknown>) => string,
  ): string {
    if (ratio === null || ratio === undefined || String(ratio) === '') return t('criteria.editor.ratioNone');
    return t('criteria.editor.ratioHint', { percent: Math.round(Number(ratio) * 100) });
  }

  protected addBand(): void {
    this.bands().push(bandForm());
    this.bands().markAsDirty();
  }

  protected removeBand(i: number): void {
    this.bands().removeAt(i);
    this.bands().markAsDirty();
  }

  protected moveBand(i: number, by: -1 | 1): void {
    move(this.bands(), i, by);
  }
}
