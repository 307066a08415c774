import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger, MatOption } from '@angular/material/autocomplete';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { FieldErrorPipe, TdIcon } from '@thidua/admin/ui';
import { OrgUnitDto } from '@thidua/shared/contracts';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { OrgApi } from '../data/org.api';

export const PICKER_DEBOUNCE_MS = 250;

/**
 * Picks one org unit by typing part of its name or code (searched on the server, accents
 * optional). The chosen unit is the value of `control`; typing again clears it.
 */
@Component({
  selector: 'td-org-unit-picker',
  imports: [
    ReactiveFormsModule,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatOption,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatPrefix,
    MatInput,
    TranslocoDirective,
    FieldErrorPipe,
    TdIcon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field subscriptSizing="dynamic" *transloco="let t" class="field">
      <mat-label>{{ label() }}</mat-label>
      <td-icon matPrefix class="prefix" name="search" />
      <input
        matInput
        [formControl]="text"
        [matAutocomplete]="auto"
        [errorStateMatcher]="matcher"
        [required]="required()"
        (blur)="control().markAsTouched()"
      />
      <mat-autocomplete
        #auto="matAutocomplete"
        [displayWith]="display"
        (optionSelected)="choose($event.option.value)"
      >
        @for (unit of options(); track unit.id) {
          <mat-option [value]="unit" [disabled]="exclude()(unit)">
            <span class="name">{{ unit.name }}</span>
            <span class="meta">{{ unit.code }} · {{ unit.typeName }}</span>
          </mat-option>
        } @empty {
          @if (searched()) {
            <mat-option disabled>{{ t('org.picker.none') }}</mat-option>
          }
        }
      </mat-autocomplete>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-error>{{ control().errors | fieldError }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      width: 100%;
    }
    .prefix {
      --td-icon-size: 20px;
      margin: 0 4px 0 12px;
      color: var(--mat-sys-on-surface-variant);
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
export class OrgUnitPicker {
  private readonly api = inject(OrgApi);
  private readonly cdr = inject(ChangeDetectorRef);

  readonly control = input.required<FormControl<OrgUnitDto | null>>();
  readonly label = input.required<string>();
  readonly hint = input<string>();
  readonly required = input(false);
  /** Units that may not be picked (shown greyed out), e.g. the unit being moved and its subtree. */
  readonly exclude = input<(unit: OrgUnitDto) => boolean>(() => false);

  protected readonly text = new FormControl<string | OrgUnitDto>('', { nonNullable: true });
  protected readonly options = signal<OrgUnitDto[]>([]);
  protected readonly searched = signal(false);
  protected readonly matcher: ErrorStateMatcher = {
    isErrorState: () => this.control().invalid && this.control().touched,
  };
  protected readonly display = (value: OrgUnitDto | string | null) =>
    typeof value === 'string' ? value : value ? `${value.name} (${value.code})` : '';

  constructor() {
    this.text.valueChanges
      .pipe(
        map((value) => (typeof value === 'string' ? value.trim() : null)),
        debounceTime(PICKER_DEBOUNCE_MS),
        distinctUntilChanged(),
        switchMap((q) => {
          if (q === null) return of(null);
          if (this.control().value) this.control().setValue(null);
          if (!q) return of([]);
          return this.api.units({ q, status: 'active', pageSize: 20 }).pipe(
            map((page) => page.items),
            catchError(() => of([])),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((items) => {
        if (items === null) return;
        this.options.set(items);
        this.searched.set(this.text.value !== '');
      });
    // Show a unit chosen from outside, and re-render when the form marks errors (e.g. from the API).
    effect((onCleanup) => {
      const control = this.control();
      this.syncText(control.value);
      const subscription = control.events.subscribe(() => {
        this.syncText(control.value);
        this.cdr.markForCheck();
      });
      onCleanup(() => subscription.unsubscribe());
    });
  }

  /** Shows the chosen unit, and empties the box when the form clears the choice. */
  private syncText(value: OrgUnitDto | null): void {
    if (value && this.text.value !== value) this.text.setValue(value, { emitEvent: false });
    if (!value && typeof this.text.value !== 'string') this.text.setValue('', { emitEvent: false });
  }

  protected choose(unit: OrgUnitDto): void {
    this.control().setValue(unit);
    this.control().markAsTouched();
  }
}
