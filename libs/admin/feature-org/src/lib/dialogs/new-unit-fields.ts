import { ChangeDetectionStrategy, ChangeDetectorRef, Component, effect, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { FieldErrorPipe } from '@thidua/admin/ui';
import { OrgUnitTypeDto } from '@thidua/shared/contracts';
import { NewUnitGroup } from './unit-fields';

/** The fields of a new unit (create, a merge into a new unit, each unit of a split). */
@Component({
  selector: 'td-new-unit-fields',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatInput,
    MatSelect,
    MatOption,
    TranslocoDirective,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="td-form-grid" *transloco="let t" [formGroup]="group()">
      <mat-form-field subscriptSizing="dynamic" class="span-2">
        <mat-label>{{ t('org.fields.name') }}</mat-label>
        <input matInput formControlName="name" required />
        <mat-error>{{ group().controls.name.errors | fieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ t('org.fields.code') }}</mat-label>
        <input matInput formControlName="code" required spellcheck="false" autocapitalize="characters" />
        <mat-hint>{{ t('org.hints.code') }}</mat-hint>
        <mat-error>{{ group().controls.code.errors | fieldError: 'org.errors.codePattern' }}</mat-error>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ t('org.fields.type') }}</mat-label>
        <mat-select formControlName="typeId" required>
          @for (type of types(); track type.id) {
            <mat-option [value]="type.id">{{ type.name }}</mat-option>
          }
        </mat-select>
        @if (types().length === 0) {
          <mat-hint>{{ t('org.hints.noChildTypes') }}</mat-hint>
        }
        <mat-error>{{ group().controls.typeId.errors | fieldError }}</mat-error>
      </mat-form-field>
      @if (details()) {
        <mat-form-field subscriptSizing="dynamic" class="span-2">
          <mat-label>{{ t('org.fields.address') }}</mat-label>
          <input matInput formControlName="address" />
          <mat-error>{{ group().controls.address.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ t('org.fields.memberCount') }}</mat-label>
          <input matInput type="number" min="0" step="1" formControlName="memberCount" />
          <mat-error>{{ group().controls.memberCount.errors | fieldError }}</mat-error>
        </mat-form-field>
      }
    </div>
  `,
})
export class NewUnitFields {
  private readonly cdr = inject(ChangeDetectorRef);
  readonly group = input.required<NewUnitGroup>();
  readonly types = input.required<readonly OrgUnitTypeDto[]>();
  /** Also ask for the address and the member count. */
  readonly details = input(true);

  constructor() {
    effect((onCleanup) => {
      const subscription = this.group().events.subscribe(() => this.cdr.markForCheck());
      onCleanup(() => subscription.unsubscribe());
    });
  }
}
