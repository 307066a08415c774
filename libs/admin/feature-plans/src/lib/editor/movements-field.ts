import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger, MatOption } from '@angular/material/autocomplete';
import {
  MatChipGrid,
  MatChipInput,
  MatChipInputEvent,
  MatChipRemove,
  MatChipRow,
} from '@angular/material/chips';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { TranslocoDirective } from '@jsverse/transloco';
import { TdIcon } from '@thidua/admin/ui';
import { MovementDto, PlanMovementRef } from '@thidua/shared/contracts';
import { catchError, debounceTime, distinctUntilChanged, map, merge, of, Subject, switchMap } from 'rxjs';
import { MovementsApi } from '../data/movements.api';

export const MOVEMENT_SEARCH_DEBOUNCE_MS = 250;

/**
 * The movements a plan names: picked from the catalogue (linked by id) or typed freely (Enter).
 * The value of `control` is the list.
 */
@Component({
  selector: 'td-movements-field',
  imports: [
    ReactiveFormsModule,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatOption,
    MatChipGrid,
    MatChipRow,
    MatChipRemove,
    MatChipInput,
    MatFormField,
    MatLabel,
    MatHint,
    TranslocoDirective,
    TdIcon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="field" subscriptSizing="dynamic" *transloco="let t">
      <mat-label>{{ t('plans.editor.movements') }}</mat-label>
      <mat-chip-grid #grid [attr.aria-label]="t('plans.editor.movements')">
        @for (movement of control().value; track $index) {
          <mat-chip-row (removed)="remove($index)" [class.linked]="!!movement.movementId">
            @if (movement.movementId) {
              <td-icon name="check" class="linked-icon" [label]="t('plans.editor.fromCatalogue')" />
            }
            {{ movement.name }}
            <button
              matChipRemove
              type="button"
              [attr.aria-label]="t('plans.editor.removeItem', { item: movement.name })"
            >
              <td-icon name="close" />
            </button>
          </mat-chip-row>
        }
        <input
          [formControl]="text"
          [matChipInputFor]="grid"
          [matAutocomplete]="auto"
          (matChipInputTokenEnd)="addFree($event)"
          (focus)="focused.next(text.value)"
        />
      </mat-chip-grid>
      <mat-autocomplete #auto="matAutocomplete" (optionSelected)="pick($event.option.value)">
        @for (movement of options(); track movement.id) {
          <mat-option [value]="movement">
            <span class="name">{{ movement.name }}</span>
            <span class="meta">{{ movement.launcher }}</span>
          </mat-option>
        }
      </mat-autocomplete>
      <mat-hint>{{ t('plans.editor.movementsHint') }}</mat-hint>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      width: 100%;
    }
    .linked-icon {
      --td-icon-size: 16px;
      margin-right: 4px;
      color: var(--td-success);
    }
    .name {
      display: block;
    }
    .meta {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class MovementsField {
  private readonly api = inject(MovementsApi);

  readonly control = input.required<FormControl<PlanMovementRef[]>>();

  protected readonly text = new FormControl<string | MovementDto>('', { nonNullable: true });
  protected readonly options = signal<MovementDto[]>([]);
  /** Focusing the box shows the catalogue before anything is typed. */
  protected readonly focused = new Subject<string | MovementDto>();

  constructor() {
    merge(this.focused, this.text.valueChanges)
      .pipe(
        map((value) => (typeof value === 'string' ? value.trim() : '')),
        debounceTime(MOVEMENT_SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        switchMap((q) =>
          this.api.list({ q: q || undefined, active: true, pageSize: 20 }).pipe(
            map((page) => page.items),
            catchError(() => of<MovementDto[]>([])),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((items) => this.options.set(items));
  }

  protected pick(movement: MovementDto): void {
    this.add({ name: movement.name, movementId: movement.id });
  }

  protected addFree(event: MatChipInputEvent): void {
    const name = event.value.trim();
    if (name) this.add({ name, movementId: null });
    else event.chipInput.clear();
  }

  protected remove(index: number): void {
    const list = [...this.control().value];
    list.splice(index, 1);
    this.setList(list);
  }

  private add(ref: PlanMovementRef): void {
    const list = this.control().value;
    const same = (m: PlanMovementRef) =>
      ref.movementId ? m.movementId === ref.movementId : m.name.toLowerCase() === ref.name.toLowerCase();
    if (!list.some(same)) this.setList([...list, ref]);
    this.text.setValue('');
  }

  private setList(list: PlanMovementRef[]): void {
    this.control().setValue(list);
    this.control().markAsDirty();
  }
}
