import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { describeApiError, LanguageService } from '@thidua/admin/core';
import { Alert, FieldErrorPipe, TdIcon } from '@thidua/admin/ui';
import { firstValueFrom } from 'rxjs';
import { AuthLayout } from '../layout/auth-layout';
import { PasswordApi } from '../password/password.api';
import { loginValidator } from '../sign-in/login.validator';

/** Asks for a reset link. The answer never says whether the account exists. */
@Component({
  selector: 'td-forgot-password-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatPrefix,
    MatInput,
    RouterLink,
    TranslocoDirective,
    Alert,
    FieldErrorPipe,
    TdIcon,
    AuthLayout,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <td-auth-layout *transloco="let t">
      <h1 class="title">{{ t('auth.forgot.title') }}</h1>
      @if (sentTo(); as login) {
        <td-alert tone="success" class="sent">{{ t('auth.forgot.sent', { login }) }}</td-alert>
        <p class="lead">{{ t('auth.forgot.sentHint') }}</p>
        <a matButton="filled" class="submit" routerLink="/sign-in">{{ t('auth.backToSignIn') }}</a>
      } @else {
        <p class="lead">{{ t('auth.forgot.lead') }}</p>
        @if (summary(); as message) {
          <td-alert class="sent">{{ message }}</td-alert>
        }
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <mat-form-field subscriptSizing="dynamic" appearance="outline">
            <mat-label>{{ t('auth.login') }}</mat-label>
            <td-icon matPrefix class="prefix" name="person" />
            <input
              matInput
              formControlName="login"
              type="text"
              inputmode="email"
              autocomplete="username"
              autocapitalize="none"
              spellcheck="false"
              required
            />
            <mat-error>{{ login.errors | fieldError: 'auth.errors.loginFormat' }}</mat-error>
          </mat-form-field>
          <button matButton="filled" type="submit" class="submit" disabledInteractive [disabled]="sending()">
            {{ t(sending() ? 'auth.forgot.sending' : 'auth.forgot.submit') }}
          </button>
        </form>
        <a class="back" routerLink="/sign-in">{{ t('auth.backToSignIn') }}</a>
      }
    </td-auth-layout>
  `,
  styleUrls: ['../layout/auth-form.scss'],
  styles: `
    .sent {
      margin: 16px 0;
    }
    .back {
      display: inline-block;
      margin-top: 20px;
    }
  `,
})
export class ForgotPasswordPage {
  private readonly api = inject(PasswordApi);
  private readonly language = inject(LanguageService);

  protected readonly form = new FormGroup({
    login: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, (c) => (loginValidator(c) ? { pattern: true } : null)],
    }),
  });
  protected readonly login = this.form.controls.login;
  protected readonly sending = signal(false);
  protected readonly sentTo = signal<string | null>(null);
  protected readonly summary = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.sending()) return;
    this.summary.set(null);
    if (this.login.invalid) {
      this.login.markAsTouched();
      return;
    }
    this.sending.set(true);
    const login = this.login.value.trim();
    try {
      await firstValueFrom(this.api.requestReset({ login }));
      this.sentTo.set(login);
    } catch (error) {
      const view = describeApiError(error, this.language.current(), ['login']);
      if (view.fields['login']) this.login.setErrors({ server: view.fields['login'] });
      this.summary.set(view.summary);
    } finally {
      this.sending.set(false);
    }
  }
}
