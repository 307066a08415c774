import { AbstractControl, FormArray, FormGroup } from '@angular/forms';
import { Locale } from '@thidua/shared/contracts';
import { ApiErrorView, describeApiError } from '@thidua/admin/core';

/** The control at a dotted API field path (`targets.0.name`), or null when the form has no such field. */
export function controlAt(form: FormGroup | FormArray, path: string): AbstractControl | null {
  let control: AbstractControl | null = form;
  for (const part of path.split('.')) {
    if (control instanceof FormGroup) control = control.controls[part] ?? null;
    else if (control instanceof FormArray) control = control.at(Number(part)) ?? null;
    else return null;
    if (!control) return null;
  }
  return control === form ? null : control;
}

/** Every dotted path of the leaf controls of a form, e.g. `name`, `targets.0.code`. */
export function fieldPaths(form: FormGroup | FormArray, prefix = ''): string[] {
  const entries =
    form instanceof FormArray
      ? form.controls.map((c, i) => [String(i), c] as const)
      : Object.entries(form.controls);
  return entries.flatMap(([key, control]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return control instanceof FormGroup || control instanceof FormArray ? fieldPaths(control, path) : [path];
  });
}

/**
 * Shows a failed request on a form: each API field problem becomes a `server` error on its control
 * (touched, so mat-error shows it); the rest is returned as the summary to show above the form.
 * `toApiField` names a form path as the API does, when the form nests what the request sends flat.
 */
export function applyServerErrors(
  form: FormGroup,
  error: unknown,
  locale: Locale,
  toApiField: (formPath: string) => string = (path) => path,
): ApiErrorView {
  const paths = new Map(fieldPaths(form).map((path) => [toApiField(path), path]));
  const view = describeApiError(error, locale, [...paths.keys()]);
  for (const [field, message] of Object.entries(view.fields)) {
    const control = controlAt(form, paths.get(field) ?? field);
    if (!control) continue;
    control.setErrors({ ...control.errors, server: message });
    control.markAsTouched();
  }
  return view;
}
