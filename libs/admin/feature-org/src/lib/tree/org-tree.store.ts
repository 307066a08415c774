import { computed, inject, Injectable, signal } from '@angular/core';
import { describeApiError, LanguageService, today } from '@thidua/admin/core';
import { OrgUnitDto, OrgUnitStatus } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { OrgApi } from '../data/org.api';

/** The key of the top level in `branches`. */
export const ROOT = '';
export const BRANCH_PAGE_SIZE = 50;
export type StatusFilter = OrgUnitStatus | 'all';

/** The loaded children of one unit (or of the top level). */
export interface Branch {
  items: OrgUnitDto[];
  total: number;
  page: number;
  loading: boolean;
  error: string | null;
}

export type TreeRow =
  | {
      kind: 'unit';
      key: string;
      unit: OrgUnitDto;
      level: number;
      expanded: boolean;
      expandable: boolean;
      loading: boolean;
      position: number;
      setSize: number;
    }
  | { kind: 'more'; key: string; parentId: string; level: number; remaining: number; loading: boolean }
  | { kind: 'empty'; key: string; parentId: string; level: number }
  | { kind: 'error'; key: string; parentId: string; level: number; message: string };

/**
 * The lazily loaded tree: children are fetched per unit when it is first expanded, 50 at a time,
 * for the chosen date and status. Changing either starts over from the top level.
 */
@Injectable()
export class OrgTreeStore {
  private readonly api = inject(OrgApi);
  private readonly language = inject(LanguageService);
  /** Bumped on every start-over, so answers for an older date or filter are dropped. */
  private generation = 0;

  readonly asOf = signal(today());
  readonly status = signal<StatusFilter>('active');
  readonly branches = signal<Readonly<Record<string, Branch>>>({});
  readonly expanded = signal<ReadonlySet<string>>(new Set());

  readonly top = computed<Branch | undefined>(() => this.branches()[ROOT]);
  readonly rows = computed<TreeRow[]>(() => {
    const rows: TreeRow[] = [];
    const branches = this.branches();
    const expanded = this.expanded();
    const expandableAll = this.status() !== 'active';
    const walk = (parentId: string, level: number): void => {
      const branch = branches[parentId];
      if (!branch) return;
      branch.items.forEach((unit, index) => {
        const open = expanded.has(unit.id);
        rows.push({
          kind: 'unit',
          key: unit.id,
          unit,
          level,
          expanded: open,
          expandable: unit.childCount > 0 || expandableAll,
          loading: branches[unit.id]?.loading ?? false,
          position: index + 1,
          setSize: branch.total,
        });
        if (open) walk(unit.id, level + 1);
      });
      const key = `${parentId}:${level}`;
      if (branch.error)
        rows.push({ kind: 'error', key: `error-${key}`, parentId, level, message: branch.error });
      else if (branch.items.length < branch.total) {
        const remaining = branch.total - branch.items.length;
        rows.push({ kind: 'more', key: `more-${key}`, parentId, level, remaining, loading: branch.loading });
      } else if (parentId !== ROOT && !branch.loading && branch.items.length === 0) {
        rows.push({ kind: 'empty', key: `empty-${key}`, parentId, level });
      }
    };
    walk(ROOT, 1);
    return rows;
  });

  /** Every unit name seen so far, by id (to show the path of search results). */
  readonly names = computed(() => {
    const names: Record<string, string> = {};
    for (const branch of Object.values(this.branches()))
      for (const unit of branch.items) names[unit.id] = unit.name;
    return names;
  });

  /** Forgets everything loaded and fetches the top level again. */
  reset(): Promise<void> {
    this.generation++;
    this.branches.set({});
    this.expanded.set(new Set());
    return this.loadBranch(ROOT);
  }

  setAsOf(date: string): void {
    if (!date || date === this.asOf()) return;
    this.asOf.set(date);
    void this.reset();
  }

  setStatus(status: StatusFilter): void {
    if (status === this.status()) return;
    this.status.set(status);
    void this.reset();
  }

  /** Fetches one page of children; page 1 replaces what was loaded, later pages append. */
  async loadBranch(parentId: string, page = 1): Promise<void> {
    const generation = this.generation;
    const previous = this.branches()[parentId];
    this.patch(parentId, {
      items: previous?.items ?? [],
      total: previous?.total ?? 0,
      page: previous?.page ?? 0,
      loading: true,
      error: null,
    });
    try {
      const answer = await firstValueFrom(
        this.api.units({
          parentId: parentId || undefined,
          asOf: this.asOf(),
          status: this.status(),
          sort: 'name',
          page,
          pageSize: BRANCH_PAGE_SIZE,
        }),
      );
      if (generation !== this.generation) return;
      const items =
        page === 1 ? answer.items : [...(this.branches()[parentId]?.items ?? []), ...answer.items];
      this.patch(parentId, { items, total: answer.total, page, loading: false, error: null });
    } catch (error) {
      if (generation !== this.generation) return;
      const message = describeApiError(error, this.language.current()).summary ?? '';
      this.patch(parentId, { ...(this.branches()[parentId] as Branch), loading: false, error: message });
    }
  }

  /** The next page of a long list of children. */
  loadMore(parentId: string): Promise<void> {
    return this.loadBranch(parentId, (this.branches()[parentId]?.page ?? 0) + 1);
  }

  async expand(unitId: string): Promise<void> {
    this.expanded.update((set) => new Set(set).add(unitId));
    if (!this.branches()[unitId]) await this.loadBranch(unitId);
  }

  collapse(unitId: string): void {
    this.expanded.update((set) => {
      const next = new Set(set);
      next.delete(unitId);
      return next;
    });
  }

  toggle(unitId: string): Promise<void> {
    if (this.expanded().has(unitId)) {
      this.collapse(unitId);
      return Promise.resolve();
    }
    return this.expand(unitId);
  }

  /** Opens the branches down to a unit, root first, so it shows in the tree. */
  async reveal(ancestorIds: readonly string[]): Promise<void> {
    if (!this.top()) await this.loadBranch(ROOT);
    for (const id of ancestorIds) await this.expand(id);
  }

  /** Fetches again the children of the given units (null: the top level) that were loaded. */
  async refresh(parentIds: ReadonlyArray<string | null>): Promise<void> {
    const keys = [...new Set(parentIds.map((id) => id ?? ROOT))];
    await Promise.all(keys.filter((key) => this.branches()[key]).map((key) => this.loadBranch(key)));
  }

  private patch(parentId: string, branch: Branch): void {
    this.branches.update((all) => ({ ...all, [parentId]: branch }));
  }
}
