import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { MatTooltip } from '@angular/material/tooltip';
import { TranslocoDirective } from '@jsverse/transloco';
import { AbilityService, CanDirective, serverPage } from '@thidua/admin/core';
import { EmptyState, ErrorState, formDialog, PageHeader, TdIcon, Tone, ToneChip } from '@thidua/admin/ui';
import { MOVEMENT_KINDS, MovementDto, MovementKind, MovementQuery } from '@thidua/shared/contracts';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { MovementsApi } from '../data/movements.api';
import { MovementDialog } from './movement.dialog';

export type SourceKind = NonNullable<MovementQuery['source']>;
export const SOURCE_KINDS: readonly SourceKind[] = ['national', 'tenant', 'plugin'];
export const SOURCE_TONES: Record<SourceKind, Tone> = {
  national: 'info',
  tenant: 'success',
  plugin: 'warning',
};
export const MOVEMENTS_PAGE_SIZE = 20;

export function sourceKind(movement: MovementDto): SourceKind {
  return movement.source === 'national' || movement.source === 'tenant' ? movement.source : 'plugin';
}

/** "Phong trào thi đua": the catalogue plans pick movements from; the federation adds its own. */
@Component({
  selector: 'td-movements-page',
  imports: [
    MatButton,
    MatIconButton,
    MatFormField,
    MatLabel,
    MatPrefix,
    MatInput,
    MatSelect,
    MatOption,
    MatPaginator,
    MatProgressBar,
    MatTableModule,
    MatTooltip,
    TranslocoDirective,
    CanDirective,
    PageHeader,
    EmptyState,
    ErrorState,
    TdIcon,
    ToneChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './movements.page.html',
  styleUrl: './movements.page.scss',
})
export class MovementsPage {
  private readonly api = inject(MovementsApi);
  private readonly dialog = inject(MatDialog);
  private readonly ability = inject(AbilityService);

  protected readonly columns = ['name', 'kind', 'launcher', 'period', 'source', 'actions'];
  protected readonly kinds = MOVEMENT_KINDS;
  protected readonly sources = SOURCE_KINDS;
  protected readonly tones = SOURCE_TONES;
  protected readonly sourceOf = sourceKind;
  protected readonly q = signal('');
  private readonly appliedQ = signal('');
  protected readonly kind = signal<MovementKind | ''>('');
  protected readonly source = signal<SourceKind | ''>('');
  protected readonly active = signal<'true' | 'false' | ''>('true');
  protected readonly page = signal(1);
  protected readonly pageSize = signal(MOVEMENTS_PAGE_SIZE);
  private readonly reloads = signal(0);
  protected readonly canUpdate = computed(() => this.ability.can('update', 'Movement'));

  protected readonly query = computed<MovementQuery & { reload: number }>(() => ({
    q: this.appliedQ().trim() || undefined,
    kind: this.kind() || undefined,
    source: this.source() || undefined,
    active: this.active() === '' ? undefined : this.active() === 'true',
    page: this.page(),
    pageSize: this.pageSize(),
    reload: this.reloads(),
  }));
  private readonly table = serverPage(this.query, (query) => this.api.list(query));
  protected readonly result = this.table.page;
  protected readonly loading = this.table.loading;
  protected readonly error = this.table.error;
  protected readonly filtered = computed(
    () => !!(this.query().q || this.query().kind || this.query().source || this.active() === 'false'),
  );

  constructor() {
    toObservable(this.q)
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((q) => {
        this.appliedQ.set(q);
        this.page.set(1);
      });
  }

  protected search(value: string): void {
    this.q.set(value);
  }

  protected filter<T>(target: { set(value: T): void }, value: T): void {
    target.set(value);
    this.page.set(1);
  }

  protected paginate(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.page.set(event.pageIndex + 1);
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  /** Only the federation's own entries may be changed; national and plugin entries are read-only. */
  protected editable(movement: MovementDto): boolean {
    return movement.source === 'tenant' && this.canUpdate();
  }

  protected open(movement: MovementDto | null): void {
    const ref = this.dialog.open<MovementDialog, MovementDto | null, MovementDto>(
      MovementDialog,
      formDialog(movement),
    );
    ref.afterClosed().subscribe((saved) => {
      if (saved) this.reload();
    });
  }
}
