import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { AuthService } from './auth/auth.service';
import { apiInterceptor } from './http/api.interceptor';
import { LanguageService } from './i18n/language.service';
import { provideI18n } from './i18n/provide-i18n';
import { TranslatedTitleStrategy } from './i18n/title-strategy';

/**
 * Everything the admin needs from core: HTTP with the API interceptor, Transloco, translated page
 * titles, and the start-up session restore (not awaited: guards wait for it, the first paint does not).
 */
export function provideAdminCore(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideHttpClient(withFetch(), withInterceptors([apiInterceptor])),
    provideI18n(),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideAppInitializer(() => {
      inject(LanguageService).init();
      void inject(AuthService).restore();
    }),
  ]);
}
