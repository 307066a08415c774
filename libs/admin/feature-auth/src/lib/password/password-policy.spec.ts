import { FormControl, FormGroup } from '@angular/forms';
import { passwordChecks, passwordPolicyValidator, sameAs } from './password-policy';

describe('password policy', () => {
  it('wants at least 10 characters, not only digits', () => {
    expect(passwordChecks('')).toEqual({ length: false, notOnlyDigits: false });
    expect(passwordChecks('1234567890')).toEqual({ length: true, notOnlyDigits: false });
    expect(passwordChecks('Hoa-sen-2026')).toEqual({ length: true, notOnlyDigits: true });
    expect(passwordPolicyValidator(new FormControl('ngắn', { nonNullable: true }))).toEqual({
      passwordPolicy: true,
    });
    expect(passwordPolicyValidator(new FormControl('12345678901', { nonNullable: true }))).toEqual({
      passwordPolicy: true,
    });
    expect(passwordPolicyValidator(new FormControl('Hoa-sen-2026', { nonNullable: true }))).toBeNull();
    expect(passwordPolicyValidator(new FormControl('', { nonNullable: true }))).toBeNull();
  });

  it('checks that the repeat matches', () => {
    const form = new FormGroup({ password: new FormControl('Hoa-sen-2026'), confirm: new FormControl('') });
    const check = sameAs('password');
    form.controls.confirm.setValue('Hoa-sen-2025');
    expect(check(form.controls.confirm)).toEqual({ passwordMismatch: true });
    form.controls.confirm.setValue('Hoa-sen-2026');
    expect(check(form.controls.confirm)).toBeNull();
  });
});
