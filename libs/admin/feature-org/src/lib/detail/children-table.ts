import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslocoDirective } from '@jsverse/transloco';
import { describeApiError, LanguageService } from '@thidua/admin/core';
import { ToneChip } from '@thidua/admin/ui';
import { OrgUnitDto, OrgUnitQuery, OrgUnitTypeDto, Page } from '@thidua/shared/contracts';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { OrgApi } from '../data/org.api';
import { StatusFilter } from '../tree/org-tree.store';

export const CHILDREN_PAGE_SIZE = 10;
export type ChildSort = NonNullable<OrgUnitQuery['sort']>;

interface Answer {
  page: Page<OrgUnitDto> | null;
  error: string | null;
}

/** The units directly below one unit: sorted, filtered by type and paginated on the server. */
@Component({
  selector: 'td-children-table',
  imports: [
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    MatPaginator,
    MatTableModule,
    TranslocoDirective,
    ToneChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './children-table.html',
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      margin-bottom: 8px;
      mat-form-field {
        flex: 0 1 240px;
      }
    }
    .name {
      display: block;
      padding: 0;
      border: 0;
      background: none;
      color: var(--mat-sys-primary);
      font: inherit;
      font-weight: 600;
      text-align: left;
      cursor: pointer;
    }
    .meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class ChildrenTable {
  private readonly api = inject(OrgApi);
  private readonly language = inject(LanguageService);

  readonly parent = input.required<OrgUnitDto>();
  readonly types = input.required<readonly OrgUnitTypeDto[]>();
  readonly asOf = input.required<string>();
  readonly status = input.required<StatusFilter>();
  readonly opened = output<string>();

  protected readonly columns = ['name', 'members', 'status'];
  protected readonly sorts: readonly ChildSort[] = ['name', 'code', 'memberCount'];
  protected readonly sort = signal<ChildSort>('name');
  protected readonly typeCode = signal('');
  protected readonly page = signal(1);
  protected readonly answer = signal<Answer | null>(null);
  /** The types that may sit below this unit, for the filter. */
  protected readonly childTypes = computed(() => {
    const parentType = this.types().find((t) => t.code === this.parent().typeCode);
    return this.types().filter((t) => parentType?.childTypeCodes.includes(t.code));
  });
  private readonly query = computed<OrgUnitQuery>(() => ({
    parentId: this.parent().id,
    asOf: this.asOf(),
    status: this.status(),
    sort: this.sort(),
    typeCode: this.typeCode() || undefined,
    page: this.page(),
    pageSize: CHILDREN_PAGE_SIZE,
  }));

  constructor() {
    toObservable(this.query)
      .pipe(
        switchMap((query) =>
          this.api.units(query).pipe(
            map((page): Answer => ({ page, error: null })),
            catchError((error: unknown) =>
              of<Answer>({ page: null, error: describeApiError(error, this.language.current()).summary }),
            ),
            startWith(null),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((answer) => {
        if (answer) this.answer.set(answer);
      });
  }

  protected sortBy(value: ChildSort): void {
    this.sort.set(value);
    this.page.set(1);
  }

  protected filterType(value: string): void {
    this.typeCode.set(value);
    this.page.set(1);
  }

  protected paginate(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
  }
}
