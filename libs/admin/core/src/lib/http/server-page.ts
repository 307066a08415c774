import { computed, inject, Signal, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { Page } from '@thidua/shared/contracts';
import { catchError, debounceTime, identity, map, Observable, of, startWith, switchMap } from 'rxjs';
import { describeApiError } from '../errors/api-error-view';
import { LanguageService } from '../i18n/language.service';

export interface ServerPage<T> {
  /** The last page answered; kept while a newer request fails, so the table does not vanish. */
  page: Signal<Page<T> | null>;
  loading: Signal<boolean>;
  /** The last request's error, in the current language. */
  error: Signal<string | null>;
}

/**
 * A table paginated, sorted and filtered on the server: every change of `query` (including a
 * bumped `reload` counter) loads the page again, cancelling the request it replaces.
 * Call it in an injection context (a field initialiser).
 */
export function serverPage<Q extends object, T>(
  query: Signal<Q & { reload: number }>,
  load: (query: Q) => Observable<Page<T>>,
  debounceMs = 0,
): ServerPage<T> {
  const language = inject(LanguageService);
  const page = signal<Page<T> | null>(null);
  const failure = signal<unknown>(null);
  const loading = signal(true);
  toObservable(query)
    .pipe(
      debounceMs > 0 ? debounceTime(debounceMs) : identity,
      switchMap(({ reload: _reload, ...rest }) =>
        load(rest as unknown as Q).pipe(
          map((answer) => ({ answer, error: null as unknown })),
          catchError((error: unknown) => of({ answer: null, error })),
          startWith(null),
        ),
      ),
      takeUntilDestroyed(),
    )
    .subscribe((result) => {
      loading.set(result === null);
      if (!result) return;
      failure.set(result.error);
      if (result.answer) page.set(result.answer);
    });
  return {
    page: page.asReadonly(),
    loading: loading.asReadonly(),
    error: computed(() => {
      const error = failure();
      return error ? describeApiError(error, language.current()).summary : null;
    }),
  };
}
