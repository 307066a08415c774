import { Injectable, Provider, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';

interface PaginatorWords {
  itemsPerPage: string;
  firstPage: string;
  lastPage: string;
  nextPage: string;
  previousPage: string;
  range: string;
}

/** The paginator's labels in the active language ("1–20 trên 45"), following language switches. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly transloco = inject(TranslocoService);
  private range = '{{from}}–{{to}} / {{total}}';

  constructor() {
    super();
    this.transloco
      .selectTranslateObject<PaginatorWords>('paginator')
      .pipe(takeUntilDestroyed())
      .subscribe((words) => {
        this.itemsPerPageLabel = words.itemsPerPage;
        this.firstPageLabel = words.firstPage;
        this.lastPageLabel = words.lastPage;
        this.nextPageLabel = words.nextPage;
        this.previousPageLabel = words.previousPage;
        this.range = words.range;
        this.changes.next();
      });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    const from = length === 0 ? 0 : page * pageSize + 1;
    const to = Math.min((page + 1) * pageSize, length);
    return this.range
      .replace('{{from}}', String(from))
      .replace('{{to}}', String(to))
      .replace('{{total}}', String(length));
  };
}

/** Add to the providers of a route whose pages paginate. */
export function provideTranslatedPaginator(): Provider {
  return { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl };
}
