import { EnvironmentProviders, isDevMode } from '@angular/core';
import { provideTransloco } from '@jsverse/transloco';
import { DEFAULT_LOCALE, LOCALES } from '@thidua/shared/contracts';
import { TranslocoHttpLoader } from './http-loader';
import { storedLocale } from './language.service';

/** Transloco: Vietnamese first, English at runtime, the user's last choice remembered. */
export function provideI18n(): EnvironmentProviders[] {
  return provideTransloco({
    config: {
      availableLangs: [...LOCALES],
      defaultLang: storedLocale(),
      fallbackLang: DEFAULT_LOCALE,
      missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
      reRenderOnLangChange: true,
      prodMode: !isDevMode(),
    },
    loader: TranslocoHttpLoader,
  });
}
