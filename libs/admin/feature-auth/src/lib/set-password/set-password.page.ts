import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguageService } from '@thidua/admin/core';
import { Alert, applyServerErrors, FieldErrorPipe, TdIcon } from '@thidua/admin/ui';
import { firstValueFrom, map, startWith } from 'rxjs';
import { AuthLayout } from '../layout/auth-layout';
import { passwordChecks, passwordPolicyValidator, sameAs } from '../password/password-policy';
import { PasswordApi } from '../password/password.api';

/** `invitation`: first password of an invited user; `reset`: a new password after "forgot password". */
export type SetPasswordMode = 'invitation' | 'reset';

/** Sets a password with the single-use token from an e-mail link (?token=…). */
@Component({
  selector: 'td-set-password-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatIconButton,
    MatFormField,
    MatLabel,
    MatError,
    MatSuffix,
    MatInput,
    RouterLink,
    TranslocoDirective,
    Alert,
    FieldErrorPipe,
    TdIcon,
    AuthLayout,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './set-password.page.html',
  styleUrls: ['../layout/auth-form.scss', './set-password.page.scss'],
})
export class SetPasswordPage {
  private readonly api = inject(PasswordApi);
  private readonly language = inject(LanguageService);

  /** From the route's data. */
  readonly mode = input<SetPasswordMode>('invitation');
  /** From the link's query string. */
  readonly token = input<string | undefined>();

  protected readonly form = new FormGroup({
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, passwordPolicyValidator],
    }),
    confirm: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, sameAs('password')],
    }),
  });
  protected readonly show = signal(false);
  protected readonly saving = signal(false);
  protected readonly done = signal(false);
  protected readonly summary = signal<string | null>(null);
  protected readonly prefix = computed(() => (this.mode() === 'reset' ? 'auth.reset.' : 'auth.invitation.'));
  protected readonly checks = toSignal(
    this.form.controls.password.valueChanges.pipe(
      startWith(''),
      map((value) => passwordChecks(value)),
    ),
    { requireSync: true },
  );

  constructor() {
    // The repeat field is checked again whenever the first one changes.
    this.form.controls.password.valueChanges.subscribe(() =>
      this.form.controls.confirm.updateValueAndValidity({ emitEvent: false }),
    );
  }

  protected async submit(): Promise<void> {
    const token = this.token();
    if (this.saving() || !token) return;
    this.summary.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    const body = { token, password: this.form.controls.password.value };
    try {
      await firstValueFrom(
        this.mode() === 'reset' ? this.api.confirmReset(body) : this.api.acceptInvitation(body),
      );
      this.done.set(true);
    } catch (error) {
      this.summary.set(applyServerErrors(this.form, error, this.language.current()).summary);
    } finally {
      this.saving.set(false);
    }
  }
}
