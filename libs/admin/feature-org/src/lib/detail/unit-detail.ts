import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  AbilityService,
  describeApiError,
  displayDate,
  LanguageService,
  subjectOf,
} from '@thidua/admin/core';
import { ErrorState, formDialog, TdIcon, ToneChip } from '@thidua/admin/ui';
import { OrgUnitDetailDto, OrgUnitEventDto, OrgUnitTypeDto } from '@thidua/shared/contracts';
import { catchError, combineLatest, forkJoin, map, of, startWith, switchMap } from 'rxjs';
import { OrgApi } from '../data/org.api';
import { allowedChildTypes } from '../data/unit-types';
import { CloseUnitDialog } from '../dialogs/close-unit.dialog';
import { CreateUnitDialog } from '../dialogs/create-unit.dialog';
import { MergeUnitsDialog } from '../dialogs/merge-units.dialog';
import { MoveUnitDialog } from '../dialogs/move-unit.dialog';
import { OrgChange } from '../dialogs/org-change-dialog';
import { RenameUnitDialog } from '../dialogs/rename-unit.dialog';
import { SplitUnitDialog } from '../dialogs/split-unit.dialog';
import { StatusFilter } from '../tree/org-tree.store';
import { ChildrenTable } from './children-table';
import { HistoryTimeline } from './history-timeline';

interface Loaded {
  unit: OrgUnitDetailDto | null;
  history: OrgUnitEventDto[];
  error: unknown;
}

export type UnitAction = 'create' | 'rename' | 'move' | 'merge' | 'split' | 'close';

/** One unit: where it sits, its facts, what may be done to it, and its history. */
@Component({
  selector: 'td-unit-detail',
  imports: [
    MatButton,
    MatProgressBar,
    TranslocoDirective,
    ErrorState,
    TdIcon,
    ToneChip,
    HistoryTimeline,
    ChildrenTable,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './unit-detail.html',
  styleUrl: './unit-detail.scss',
})
export class UnitDetail {
  private readonly api = inject(OrgApi);
  private readonly dialog = inject(MatDialog);
  private readonly ability = inject(AbilityService);
  private readonly language = inject(LanguageService);

  readonly unitId = input.required<string>();
  readonly types = input.required<readonly OrgUnitTypeDto[]>();
  /** The date and status the page shows the tree for (the list of units below follows them). */
  readonly asOf = input.required<string>();
  readonly status = input.required<StatusFilter>();
  /** Bump to load the unit again (after a change made elsewhere). */
  readonly version = input(0);
  readonly changed = output<OrgChange>();
  readonly navigate = output<string>();
  /** The unit, each time it has been (re)loaded. */
  readonly loaded = output<OrgUnitDetailDto>();

  private readonly attempt = signal(0);
  protected readonly loading = signal(true);
  protected readonly state = signal<Loaded | null>(null);
  protected readonly unit = computed(() => this.state()?.unit ?? null);
  protected readonly error = computed(() => {
    const failure = this.state()?.error;
    return failure ? describeApiError(failure, this.language.current()).summary : null;
  });
  protected readonly date = displayDate;

  /** The changes the user may make to this unit (none once it is closed or merged). */
  protected readonly actions = computed<ReadonlySet<UnitAction>>(() => {
    const unit = this.unit();
    if (!unit || unit.status !== 'active') return new Set();
    const subject = subjectOf('OrgUnit', { id: unit.id, unitPath: unit.path });
    const allowed = new Set<UnitAction>();
    if (this.ability.can('create', subject) && allowedChildTypes(this.types(), unit).length)
      allowed.add('create');
    if (this.ability.can('update', subject)) {
      (['rename', 'move', 'merge', 'split', 'close'] as const).forEach((a) => allowed.add(a));
      if (!unit.parentId) allowed.delete('move');
    }
    return allowed;
  });

  constructor() {
    combineLatest([toObservable(this.unitId), toObservable(this.version), toObservable(this.attempt)])
      .pipe(
        switchMap(([id]) => {
          this.loading.set(true);
          return forkJoin({ unit: this.api.unit(id), history: this.api.history(id) }).pipe(
            map(({ unit, history }): Loaded => ({ unit, history: newestFirst(history), error: null })),
            catchError((error: unknown) => of<Loaded>({ unit: null, history: [], error })),
            startWith(null),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => {
        if (!loaded) return;
        this.state.set(loaded);
        this.loading.set(false);
        if (loaded.unit) this.loaded.emit(loaded.unit);
      });
  }

  protected reload(): void {
    this.attempt.update((n) => n + 1);
  }

  protected open(action: UnitAction): void {
    const unit = this.unit();
    if (!unit) return;
    const types = this.types();
    const dialogs: Record<UnitAction, () => MatDialogRef<unknown, OrgChange>> = {
      create: () => this.dialog.open(CreateUnitDialog, formDialog({ parent: unit, types })),
      rename: () => this.dialog.open(RenameUnitDialog, formDialog({ unit }, '560px')),
      move: () => this.dialog.open(MoveUnitDialog, formDialog({ unit, types }, '560px')),
      merge: () => this.dialog.open(MergeUnitsDialog, formDialog({ source: unit, types }, '720px')),
      split: () => this.dialog.open(SplitUnitDialog, formDialog({ unit, types }, '760px')),
      close: () => this.dialog.open(CloseUnitDialog, formDialog({ unit }, '560px')),
    };
    const ref = dialogs[action]();
    ref.afterClosed().subscribe((change: OrgChange | undefined) => {
      if (change) this.changed.emit(change);
    });
  }
}

function newestFirst(events: OrgUnitEventDto[]): OrgUnitEventDto[] {
  return [...events].sort(
    (a, b) => b.effectiveDate.localeCompare(a.effectiveDate) || b.recordedAt.localeCompare(a.recordedAt),
  );
}
