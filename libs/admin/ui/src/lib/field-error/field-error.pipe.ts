import { inject, Pipe, PipeTransform } from '@angular/core';
import { ValidationErrors } from '@angular/forms';
import { TranslocoService } from '@jsverse/transloco';

/**
 * The message for a control's errors: the API's own words first (`server`), then our checks in
 * the active language. Give a translation key to say what a `pattern` error means for this field.
 * Impure so a language switch re-translates; it is a few map lookups.
 */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(errors: ValidationErrors | null | undefined, patternKey?: string): string {
    if (!errors) return '';
    if (errors['server']) return String(errors['server']);
    const t = (key: string, params?: Record<string, unknown>) => this.transloco.translate(key, params);
    if (errors['required']) return t('forms.required');
    if (errors['email']) return t('forms.email');
    if (errors['maxlength']) return t('forms.maxLength', { max: errors['maxlength'].requiredLength });
    if (errors['minlength']) return t('forms.minLength', { min: errors['minlength'].requiredLength });
    if (errors['min']) return t('forms.min', { min: errors['min'].min });
    if (errors['pattern']) return t(patternKey ?? 'forms.pattern');
    const custom = Object.keys(errors)[0];
    return t(`forms.${custom}`);
  }
}
