import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  AbilityService,
  CanDirective,
  describeApiError,
  displayDate,
  LanguageService,
  today,
} from '@thidua/admin/core';
import { Alert, EmptyState, ErrorState, formDialog, PageHeader, TdIcon } from '@thidua/admin/ui';
import { OrgUnitDto, OrgUnitTypeDto } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { OrgApi } from '../data/org.api';
import { allowedChildTypes, ancestorIds } from '../data/unit-types';
import { UnitDetail } from '../detail/unit-detail';
import { CreateUnitDialog } from '../dialogs/create-unit.dialog';
import { OrgChange } from '../dialogs/org-change-dialog';
import { ImportDialog } from '../import/import-dialog';
import { OrgSearch } from '../tree/org-search';
import { OrgTree } from '../tree/org-tree';
import { OrgTreeStore, ROOT, StatusFilter } from '../tree/org-tree.store';

export const STATUS_FILTERS: readonly StatusFilter[] = ['active', 'all', 'closed', 'merged'];

/** "Cơ cấu tổ chức": the tree (or search results) on the left, the chosen unit on the right. */
@Component({
  selector: 'td-org-page',
  imports: [
    MatButton,
    MatFormField,
    MatLabel,
    MatPrefix,
    MatInput,
    MatSelect,
    MatOption,
    MatProgressBar,
    TranslocoDirective,
    CanDirective,
    PageHeader,
    EmptyState,
    ErrorState,
    Alert,
    TdIcon,
    OrgTree,
    UnitDetail,
  ],
  providers: [OrgTreeStore, OrgSearch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './org.page.html',
  styleUrl: './org.page.scss',
})
export class OrgPage {
  private readonly api = inject(OrgApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly language = inject(LanguageService);
  private readonly ability = inject(AbilityService);
  private readonly detailPanel = viewChild<ElementRef<HTMLElement>>('detailPanel');
  protected readonly store = inject(OrgTreeStore);
  protected readonly search = inject(OrgSearch);

  protected readonly statuses = STATUS_FILTERS;
  protected readonly today = today();
  protected readonly date = displayDate;
  protected readonly types = signal<OrgUnitTypeDto[]>([]);
  protected readonly typesError = signal<string | null>(null);
  protected readonly selectedId = signal<string | null>(this.route.snapshot.queryParamMap.get('unit'));
  protected readonly version = signal(0);
  protected readonly canCreateRoot = computed(
    () => this.ability.can('create', 'OrgUnit') && allowedChildTypes(this.types(), null).length > 0,
  );
  protected readonly topError = computed(() => this.store.top()?.error ?? null);
  protected readonly topEmpty = computed(() => {
    const top = this.store.top();
    return !!top && !top.loading && !top.error && top.items.length === 0;
  });

  constructor() {
    void this.store.reset();
    void this.loadTypes();
  }

  protected async loadTypes(): Promise<void> {
    try {
      this.types.set(await firstValueFrom(this.api.unitTypes()));
      this.typesError.set(null);
    } catch (error) {
      this.typesError.set(describeApiError(error, this.language.current()).summary);
    }
  }

  protected select(id: string): void {
    this.selectedId.set(id);
    void this.router.navigate([], { relativeTo: this.route, queryParams: { unit: id }, replaceUrl: true });
    // On phones the detail sits below the tree: bring it into view.
    const panel = this.detailPanel()?.nativeElement;
    if (panel && globalThis.matchMedia?.('(max-width: 959.98px)').matches) {
      setTimeout(() => panel.scrollIntoView({ behavior: 'smooth', block: 'start' }));
    }
  }

  /** A search result: select it and open the tree down to it. */
  protected async revealResult(unit: OrgUnitDto): Promise<void> {
    this.select(unit.id);
    this.search.query.set('');
    await this.store.reveal(ancestorIds(unit));
  }

  /** Opens the tree down to a unit shown in the detail (from the address or a breadcrumb). */
  protected showInTree(unit: OrgUnitDto): void {
    const shown = this.store.rows().some((row) => row.kind === 'unit' && row.unit.id === unit.id);
    if (!shown && !this.search.active()) void this.store.reveal(ancestorIds(unit));
  }

  protected pickStatus(value: StatusFilter): void {
    this.store.setStatus(value);
  }

  protected createRoot(): void {
    const ref = this.dialog.open(CreateUnitDialog, formDialog({ parent: null, types: this.types() }));
    ref.afterClosed().subscribe((change: OrgChange | undefined) => this.apply(change));
  }

  protected openImport(): void {
    const ref = this.dialog.open(ImportDialog, formDialog(null, '720px'));
    ref.afterClosed().subscribe((change: OrgChange | undefined) => {
      if (change) void this.store.reset();
    });
  }

  protected apply(change: OrgChange | undefined): void {
    if (!change) return;
    void this.store.refresh(change.parents);
    if (change.select) this.select(change.select);
    this.version.update((v) => v + 1);
  }

  protected retryTop(): void {
    void this.store.loadBranch(ROOT);
  }
}
