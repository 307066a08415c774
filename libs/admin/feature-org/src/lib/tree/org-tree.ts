import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { TranslocoDirective } from '@jsverse/transloco';
import { TdIcon, ToneChip } from '@thidua/admin/ui';
import { OrgUnitDto } from '@thidua/shared/contracts';
import { TreeRow } from './org-tree.store';

type UnitRow = Extract<TreeRow, { kind: 'unit' }>;

/**
 * The tree as an ARIA tree: one tab stop, arrow keys move (Right opens or goes to the first child,
 * Left closes or goes to the parent), Enter or Space selects.
 */
@Component({
  selector: 'td-org-tree',
  imports: [MatButton, MatProgressSpinner, TranslocoDirective, TdIcon, ToneChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './org-tree.html',
  styleUrl: './org-tree.scss',
})
export class OrgTree {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly rows = input.required<TreeRow[]>();
  readonly selectedId = input<string | null>(null);
  readonly label = input.required<string>();

  readonly toggled = output<string>();
  readonly selected = output<OrgUnitDto>();
  readonly more = output<string>();
  readonly retry = output<string>();

  /** The row that holds the tab stop. */
  protected readonly focusKey = signal<string | null>(null);

  protected tabIndex(row: UnitRow): number {
    const focus = this.focusKey() ?? this.selectedId() ?? this.firstUnit()?.key;
    return row.key === focus ? 0 : -1;
  }

  protected pick(row: UnitRow): void {
    this.focusKey.set(row.key);
    this.selected.emit(row.unit);
  }

  /** A click on the arrow opens or closes; anywhere else on the row selects. */
  protected onClick(event: MouseEvent, row: UnitRow): void {
    const onTwisty = event.target instanceof Element && event.target.closest('.twisty') !== null;
    if (!onTwisty) return this.pick(row);
    this.focusKey.set(row.key);
    if (row.expandable) this.toggled.emit(row.unit.id);
  }

  protected onKey(event: KeyboardEvent, row: UnitRow): void {
    const units = this.rows().filter((r): r is UnitRow => r.kind === 'unit');
    const index = units.findIndex((r) => r.key === row.key);
    let target: UnitRow | undefined;
    switch (event.key) {
      case 'ArrowDown':
        target = units[index + 1];
        break;
      case 'ArrowUp':
        target = units[index - 1];
        break;
      case 'Home':
        target = units[0];
        break;
      case 'End':
        target = units[units.length - 1];
        break;
      case 'ArrowRight':
        if (row.expandable && !row.expanded) this.toggled.emit(row.unit.id);
        else if (row.expanded && units[index + 1]?.level === row.level + 1) target = units[index + 1];
        break;
      case 'ArrowLeft':
        if (row.expanded) this.toggled.emit(row.unit.id);
        else
          target = units
            .slice(0, index)
            .reverse()
            .find((r) => r.level === row.level - 1);
        break;
      case 'Enter':
      case ' ':
        this.pick(row);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (target) this.focus(target);
  }

  private focus(row: UnitRow): void {
    this.focusKey.set(row.key);
    queueMicrotask(() =>
      this.host.nativeElement.querySelector<HTMLElement>(`[data-key="${CSS.escape(row.key)}"]`)?.focus(),
    );
  }

  private firstUnit(): UnitRow | undefined {
    return this.rows().find((r): r is UnitRow => r.kind === 'unit');
  }
}
