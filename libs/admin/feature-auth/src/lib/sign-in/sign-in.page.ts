import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel, MatPrefix, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { AuthService, describeApiError, LanguageService, safeReturnUrl } from '@thidua/admin/core';
import { TdIcon } from '@thidua/admin/ui';
import { AuthLayout } from '../layout/auth-layout';
import { loginValidator } from './login.validator';

type Field = 'login' | 'password';
const FIELDS: readonly Field[] = ['login', 'password'];

/** What to show under a field: a translation key for our own checks, or the API's own words. */
export interface FieldMessage {
  key?: string;
  text?: string;
}

@Component({
  selector: 'td-sign-in-page',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatPrefix,
    MatSuffix,
    MatInput,
    MatButton,
    MatIconButton,
    MatProgressSpinner,
    RouterLink,
    TranslocoDirective,
    AuthLayout,
    TdIcon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in.page.html',
  styleUrls: ['../layout/auth-form.scss', './sign-in.page.scss'],
})
export class SignInPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly language = inject(LanguageService);

  protected readonly form = new FormGroup({
    login: new FormControl('', { nonNullable: true, validators: [Validators.required, loginValidator] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly showPassword = signal(false);
  protected readonly loading = signal(false);
  /** The last failed sign-in; its summary follows a language switch. */
  private readonly failure = signal<{ error: unknown } | null>(null);
  /** A problem that belongs to no single field (wrong credentials, locked account, no network…). */
  protected readonly summary = computed(() => {
    const failure = this.failure();
    return failure ? describeApiError(failure.error, this.language.current(), FIELDS).summary : null;
  });

  protected fieldMessage(field: Field): FieldMessage | null {
    const control = this.form.controls[field];
    if (control.hasError('server')) return { text: String(control.getError('server')) };
    if (control.hasError('required')) return { key: `auth.errors.${field}Required` };
    if (control.hasError('login')) return { key: 'auth.errors.loginFormat' };
    return null;
  }

  protected async submit(): Promise<void> {
    if (this.loading()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.loading.set(true);
    const { login, password } = this.form.getRawValue();
    try {
      await this.auth.signIn(login, password);
      const returnUrl = this.route.snapshot.queryParamMap.get('returnUrl');
      await this.router.navigateByUrl(safeReturnUrl(returnUrl));
    } catch (error) {
      this.showError(error);
    } finally {
      this.loading.set(false);
    }
  }

  private showError(error: unknown): void {
    const view = describeApiError(error, this.language.current(), FIELDS);
    for (const field of FIELDS) {
      const message = view.fields[field];
      if (message) {
        const control = this.form.controls[field];
        control.setErrors({ ...control.errors, server: message });
        control.markAsTouched();
      }
    }
    this.failure.set({ error });
    this.focusFirstInvalid();
  }

  private focusFirstInvalid(): void {
    const invalid = FIELDS.find((field) => this.form.controls[field].invalid);
    if (invalid) {
      this.host.nativeElement.querySelector<HTMLInputElement>(`input[formControlName="${invalid}"]`)?.focus();
    }
  }
}
