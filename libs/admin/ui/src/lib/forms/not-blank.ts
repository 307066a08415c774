import { AbstractControl, ValidationErrors } from '@angular/forms';

/** Required, and more than spaces. */
export function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value?.trim() ? null : { required: true };
}
