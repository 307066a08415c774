import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguageService } from '@thidua/admin/core';
import { OrgUnitPicker } from '@thidua/admin/feature-org';
import { Alert, applyServerErrors, FieldErrorPipe } from '@thidua/admin/ui';
import { InviteUserRequest, OrgUnitDto, RoleDto, UserDto } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { UsersApi } from '../data/users.api';

export interface InviteDialogData {
  /** The roles that may be given (tenant roles). */
  roles: RoleDto[];
}

/** Vietnamese phone numbers: 0xxxxxxxxx, 84xxxxxxxxx or +84xxxxxxxxx; spaces, dots and dashes allowed. */
export const PHONE_PATTERN = /^(?:\+?84|0)[\d\s.-]{9,13}$/;

/** Invites a person by e-mail with a first role, on the whole federation or one unit. */
@Component({
  selector: 'td-invite-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    TranslocoDirective,
    Alert,
    FieldErrorPipe,
    OrgUnitPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invite-dialog.html',
})
export class InviteDialog {
  private readonly api = inject(UsersApi);
  private readonly language = inject(LanguageService);
  private readonly ref = inject<MatDialogRef<InviteDialog, UserDto>>(MatDialogRef);
  protected readonly data = inject<InviteDialogData>(MAT_DIALOG_DATA);

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(254)],
    }),
    displayName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    phone: new FormControl('', { nonNullable: true, validators: [Validators.pattern(PHONE_PATTERN)] }),
    roleKey: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    orgUnitId: new FormControl<OrgUnitDto | null>(null),
  });
  protected readonly saving = signal(false);
  protected readonly summary = signal<string | null>(null);

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.summary.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    const { email, displayName, phone, roleKey, orgUnitId } = this.form.getRawValue();
    const body: InviteUserRequest = {
      email: email.trim(),
      displayName: displayName.trim(),
      ...(phone.trim() ? { phone: phone.trim() } : {}),
      roleKey,
      orgUnitId: orgUnitId?.id ?? null,
    };
    try {
      this.ref.close(await firstValueFrom(this.api.invite(body)));
    } catch (error) {
      this.summary.set(applyServerErrors(this.form, error, this.language.current()).summary);
    } finally {
      this.saving.set(false);
    }
  }
}
