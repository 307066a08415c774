import { EnvironmentProviders, importProvidersFrom } from '@angular/core';
import { Translation, TranslocoTestingModule } from '@jsverse/transloco';

/**
 * Transloco for unit tests: synchronous, Vietnamese active, with the given translations (keys
 * without a translation render as the key, so tests can assert either).
 */
export function provideTranslocoTesting(
  langs: { vi?: Translation; en?: Translation } = {},
): EnvironmentProviders {
  return importProvidersFrom(
    TranslocoTestingModule.forRoot({
      langs: { vi: langs.vi ?? {}, en: langs.en ?? {} },
      translocoConfig: {
        availableLangs: ['vi', 'en'],
        defaultLang: 'vi',
        missingHandler: { logMissingKey: false },
      },
      preloadLangs: true,
    }),
  );
}
