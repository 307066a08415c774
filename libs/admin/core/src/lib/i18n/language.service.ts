import { DOCUMENT, inject, Injectable } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import { DEFAULT_LOCALE, Locale, LOCALES } from '@thidua/shared/contracts';

/** localStorage key that remembers the language the user picked. */
export const LANG_STORAGE_KEY = 'thidua.lang';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language picked earlier on this browser, or Vietnamese. */
export function storedLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE; // storage blocked (privacy mode): fall back quietly
  }
}

/** The active UI language as a signal; switching persists the choice and updates `<html lang>`. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);

  readonly locales = LOCALES;
  readonly lang = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });

  /** The active language as a Locale (anything unexpected reads as Vietnamese). */
  current(): Locale {
    const lang = this.lang();
    return isLocale(lang) ? lang : DEFAULT_LOCALE;
  }

  use(lang: Locale): void {
    this.transloco.setActiveLang(lang);
    this.document.documentElement.lang = lang;
    try {
      globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // storage blocked: the switch still works for this visit
    }
  }

  /** Applies the active language to `<html lang>` at start-up. */
  init(): void {
    this.document.documentElement.lang = this.current();
  }
}
