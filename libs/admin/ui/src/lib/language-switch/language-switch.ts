import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { TranslocoDirective } from '@jsverse/transloco';
import { Locale, LOCALES } from '@thidua/shared/contracts';

/** VI / EN toggle. Each option names its language in full for screen readers. */
@Component({
  selector: 'td-language-switch',
  imports: [MatButtonToggleGroup, MatButtonToggle, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-button-toggle-group
      *transloco="let t"
      hideSingleSelectionIndicator
      [value]="lang()"
      [attr.aria-label]="t('lang.label')"
      (change)="changed.emit($event.value)"
    >
      @for (locale of locales; track locale) {
        <mat-button-toggle [value]="locale" [attr.lang]="locale" [aria-label]="names[locale]">
          {{ locale.toUpperCase() }}
        </mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
  styles: `
    :host {
      display: inline-flex;
      --mat-button-toggle-height: 32px;
      --mat-button-toggle-shape: 16px;
      --mat-button-toggle-label-text-size: 13px;
      --mat-button-toggle-label-text-weight: 600;
    }
  `,
})
export class LanguageSwitch {
  readonly lang = input.required<string>();
  readonly changed = output<Locale>();
  protected readonly locales = LOCALES;
  /** Language names are written in their own language, as is customary for language pickers. */
  protected readonly names: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' };
}
