import { ChangeDetectionStrategy, ChangeDetectorRef, Component, effect, inject, input } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { today } from '@thidua/admin/core';
import { FieldErrorPipe } from '@thidua/admin/ui';
import { merge } from 'rxjs';

export const REASON_MAX = 500;

/** The effective date (default today) and reason every change of the tree carries. */
export function effectiveControls() {
  return {
    effectiveDate: new FormControl(today(), { nonNullable: true, validators: [Validators.required] }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(REASON_MAX)] }),
  };
}

/** `{ effectiveDate, reason }` for a request: the reason left out when empty. */
export function effectivePayload(value: { effectiveDate: string; reason: string }): {
  effectiveDate: string;
  reason?: string;
} {
  const reason = value.reason.trim();
  return reason ? { effectiveDate: value.effectiveDate, reason } : { effectiveDate: value.effectiveDate };
}

@Component({
  selector: 'td-effective-fields',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatInput,
    TranslocoDirective,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <mat-form-field subscriptSizing="dynamic" class="date">
        <mat-label>{{ t('org.fields.effectiveDate') }}</mat-label>
        <input matInput type="date" [formControl]="date()" required />
        <mat-hint>{{ t('org.hints.effectiveDate') }}</mat-hint>
        <mat-error>{{ date().errors | fieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic" class="reason">
        <mat-label>{{ t('org.fields.reason') }}</mat-label>
        <textarea matInput rows="2" [formControl]="reason()"></textarea>
        <mat-hint>{{ t('org.hints.reason') }}</mat-hint>
        <mat-error>{{ reason().errors | fieldError }}</mat-error>
      </mat-form-field>
    </ng-container>
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: minmax(180px, 1fr) 2fr;
      gap: 16px;
      margin-top: 16px;
    }
    @media (max-width: 599.98px) {
      :host {
        grid-template-columns: 1fr;
      }
    }
  `,
})
export class EffectiveFields {
  private readonly cdr = inject(ChangeDetectorRef);
  readonly date = input.required<FormControl<string>>();
  readonly reason = input.required<FormControl<string>>();

  constructor() {
    // The dialog marks API errors on these controls: show them.
    effect((onCleanup) => {
      const subscription = merge(this.date().events, this.reason().events).subscribe(() =>
        this.cdr.markForCheck(),
      );
      onCleanup(() => subscription.unsubscribe());
    });
  }
}
