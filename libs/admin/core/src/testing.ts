import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HttpRequest } from '@angular/common/http';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { EnvironmentProviders, importProvidersFrom, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Translation, TranslocoTestingModule } from '@jsverse/transloco';
import { SessionUser, SignInResponse } from '@thidua/shared/contracts';
import {
  packAbilityRules,
  roleDefinition,
  RoleKey,
  RuleTemplate,
  rulesFor,
} from '@thidua/shared/permissions';
import { AuthService } from './lib/auth/auth.service';

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

/** A session whose packed rules come from role templates, as the API builds them. */
export function sessionWith(
  templates: readonly RuleTemplate[],
  user: Partial<SessionUser> = {},
  unitPaths: string[] = [],
): SignInResponse {
  const id = user.id ?? 'u-1';
  return {
    accessToken: `token-${id}`,
    expiresIn: 900,
    rules: packAbilityRules(rulesFor(templates, { userId: id, unitPaths })),
    user: {
      id,
      displayName: 'Nguyễn Thị Thu Hằng',
      email: 'hang.ntt@ldld.khanhhoa.vn',
      phone: null,
      tenantId: 't-1',
      tenantName: 'Liên đoàn Lao động tỉnh Khánh Hòa',
      roles: [],
      ...user,
    },
  };
}

/** The templates of a default role, e.g. `roleRules('tenant_admin')`. */
export function roleRules(key: RoleKey): readonly RuleTemplate[] {
  return roleDefinition(key).rules;
}

/** Signs the test in with `response`, through the start-up refresh (needs HttpClientTesting). */
export async function restoreSession(response: SignInResponse): Promise<void> {
  const auth = TestBed.inject(AuthService);
  const restored = auth.restore();
  TestBed.inject(HttpTestingController).expectOne('/api/auth/refresh').flush(response);
  await restored;
}

/** The admin's real translation files, for tests that check the words users see. */
export function appTranslations(): { vi: Translation; en: Translation } {
  const load = (lang: string) =>
    JSON.parse(
      readFileSync(
        join(__dirname, '..', '..', '..', '..', 'apps', 'admin', 'public', 'i18n', `${lang}.json`),
        'utf8',
      ),
    ) as Translation;
  return { vi: load('vi'), en: load('en') };
}

/** Material without animations: dialogs close at once (jsdom runs no CSS animations). */
export function provideNoMaterialAnimations(): Provider {
  return { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } };
}

/**
 * The request matching `match` once it is open, waiting in real time up to `timeoutMs`: a
 * debounced search fires after its delay, and later than that on a loaded machine.
 */
export async function nextRequest(
  backend: HttpTestingController,
  match: (request: HttpRequest<unknown>) => boolean,
  timeoutMs = 5000,
): Promise<TestRequest> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = backend.match(match);
    if (found.length > 0) return found[found.length - 1];
    if (Date.now() > deadline) return backend.expectOne(match);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
