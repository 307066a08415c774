import { computed, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { describeApiError, LanguageService } from '@thidua/admin/core';
import { OrgUnitDetailDto, OrgUnitDto, Page } from '@thidua/shared/contracts';
import {
  catchError,
  combineLatest,
  debounceTime,
  distinctUntilChanged,
  forkJoin,
  map,
  of,
  switchMap,
  tap,
} from 'rxjs';
import { OrgApi } from '../data/org.api';
import { ancestorIds } from '../data/unit-types';
import { OrgTreeStore } from './org-tree.store';

export const SEARCH_DEBOUNCE_MS = 300;
export const SEARCH_PAGE_SIZE = 30;

interface Answer {
  page: Page<OrgUnitDto> | null;
  error: string | null;
}

/**
 * Server-side search across the tree for the same date and status as the tree. Each match shows the
 * path above it: names already loaded in the tree, the rest fetched once per parent.
 */
@Injectable()
export class OrgSearch {
  private readonly api = inject(OrgApi);
  private readonly store = inject(OrgTreeStore);
  private readonly language = inject(LanguageService);
  private readonly fetchedNames = signal<Readonly<Record<string, string>>>({});

  readonly query = signal('');
  readonly active = computed(() => this.query().trim().length > 0);
  readonly loading = signal(false);
  readonly answer = signal<Answer | null>(null);
  readonly names = computed(() => ({ ...this.store.names(), ...this.fetchedNames() }));

  constructor() {
    const query$ = toObservable(this.query).pipe(
      map((q) => q.trim()),
      debounceTime(SEARCH_DEBOUNCE_MS),
      distinctUntilChanged(),
    );
    combineLatest([query$, toObservable(this.store.asOf), toObservable(this.store.status)])
      .pipe(
        tap(([q]) => this.loading.set(q !== '')),
        switchMap(([q, asOf, status]) => {
          if (!q) return of<Answer | null>(null);
          return this.api.units({ q, asOf, status, sort: 'name', pageSize: SEARCH_PAGE_SIZE }).pipe(
            map((page): Answer => ({ page, error: null })),
            catchError((error: unknown) =>
              of<Answer>({ page: null, error: describeApiError(error, this.language.current()).summary }),
            ),
          );
        }),
        tap((answer) => {
          this.answer.set(answer);
          this.loading.set(false);
        }),
        switchMap((answer) => this.missingNames(answer?.page?.items ?? [])),
        takeUntilDestroyed(),
      )
      .subscribe((names) => this.fetchedNames.update((known) => ({ ...known, ...names })));
  }

  /** Names of the units above `unit`, root first (ids not known yet are left out). */
  pathOf(unit: OrgUnitDto): string[] {
    const names = this.names();
    return ancestorIds(unit)
      .map((id) => names[id])
      .filter((name): name is string => !!name);
  }

  /** Fetches the parents whose chain of names is not known yet; each detail brings its ancestors. */
  private missingNames(units: OrgUnitDto[]) {
    const known = this.names();
    const parents = [
      ...new Set(
        units
          .filter((u) => u.parentId && ancestorIds(u).some((id) => !known[id]))
          .map((u) => u.parentId as string),
      ),
    ];
    if (!parents.length) return of({});
    return forkJoin(parents.map((id) => this.api.unit(id).pipe(catchError(() => of(null))))).pipe(
      map((details) => {
        const names: Record<string, string> = {};
        for (const detail of details.filter((d): d is OrgUnitDetailDto => d !== null)) {
          names[detail.id] = detail.name;
          for (const ancestor of detail.ancestors) names[ancestor.id] = ancestor.name;
        }
        return names;
      }),
    );
  }
}
