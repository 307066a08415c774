import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatChip, MatChipRemove, MatChipSet } from '@angular/material/chips';
import { TranslocoDirective } from '@jsverse/transloco';
import { describeApiError, LanguageService } from '@thidua/admin/core';
import { OrgApi, OrgUnitPicker } from '@thidua/admin/feature-org';
import { TdIcon } from '@thidua/admin/ui';
import { OrgUnitDto, PlanUnitRef } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';

const PAGE = 200;

/**
 * Đơn vị nhận kế hoạch: the units of the tree the plan is sent to when issued. Picked one by one
 * (search by name or code) or all units directly under the federation at once.
 */
@Component({
  selector: 'td-units-field',
  imports: [MatButton, MatChipSet, MatChip, MatChipRemove, TranslocoDirective, TdIcon, OrgUnitPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <td-org-unit-picker
        [control]="pick"
        [label]="t('plans.editor.units.add')"
        [hint]="t('plans.editor.units.hint')"
        [exclude]="chosen"
      />
      <div class="actions">
        <button matButton="tonal" type="button" [disabled]="loadingAll()" (click)="addAllChildren()">
          <td-icon matButtonIcon name="accountTree" />
          {{ t(loadingAll() ? 'plans.editor.units.loadingAll' : 'plans.editor.units.all') }}
        </button>
        @if (units().length) {
          <button matButton type="button" (click)="clear()">{{ t('plans.editor.units.clear') }}</button>
        }
      </div>
      @if (failure(); as message) {
        <p class="td-field-error" role="alert">{{ message }}</p>
      }
      <p class="count" role="status">
        {{
          units().length
            ? t('plans.editor.units.count', { count: units().length })
            : t('plans.editor.units.none')
        }}
      </p>
      @if (units().length) {
        <mat-chip-set class="chips" [attr.aria-label]="t('plans.editor.units.title')">
          @for (unit of units(); track unit.id) {
            <mat-chip (removed)="remove(unit.id)">
              {{ unit.name }}
              <button
                matChipRemove
                type="button"
                [attr.aria-label]="t('plans.editor.removeItem', { item: unit.name })"
              >
                <td-icon name="close" />
              </button>
            </mat-chip>
          }
        </mat-chip-set>
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 8px 0;
    }
    .count {
      margin: 4px 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .chips {
      display: block;
      max-height: 240px;
      overflow: auto;
    }
  `,
})
export class UnitsField {
  private readonly org = inject(OrgApi);
  private readonly language = inject(LanguageService);

  readonly control = input.required<FormControl<PlanUnitRef[]>>();

  protected readonly pick = new FormControl<OrgUnitDto | null>(null);
  protected readonly loadingAll = signal(false);
  protected readonly failure = signal<string | null>(null);
  /** Follows the control (set from outside on load, and here on each change). */
  private readonly version = signal(0);
  protected readonly units = computed(() => {
    this.version();
    return this.control().value;
  });
  protected readonly chosen = (unit: OrgUnitDto) => this.control().value.some((u) => u.id === unit.id);

  constructor() {
    this.pick.valueChanges.pipe(takeUntilDestroyed()).subscribe((unit) => {
      if (!unit) return;
      this.add([unit]);
      this.pick.setValue(null);
    });
  }

  /** Adds every active unit directly under the federation (the root of the tree). */
  protected async addAllChildren(): Promise<void> {
    this.loadingAll.set(true);
    this.failure.set(null);
    try {
      const roots = await firstValueFrom(this.org.units({ status: 'active', pageSize: 1 }));
      const root = roots.items[0];
      if (!root) return;
      const found: OrgUnitDto[] = [];
      for (let page = 1; ; page++) {
        const answer = await firstValueFrom(
          this.org.units({ parentId: root.id, status: 'active', page, pageSize: PAGE }),
        );
        found.push(...answer.items);
        if (answer.items.length < PAGE || found.length >= answer.total) break;
      }
      this.add(found);
    } catch (error) {
      this.failure.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.loadingAll.set(false);
    }
  }

  protected remove(id: string): void {
    this.set(this.control().value.filter((u) => u.id !== id));
  }

  protected clear(): void {
    this.set([]);
  }

  private add(units: OrgUnitDto[]): void {
    const list = [...this.control().value];
    for (const unit of units) {
      if (!list.some((u) => u.id === unit.id)) list.push({ id: unit.id, code: unit.code, name: unit.name });
    }
    this.set(list);
  }

  private set(list: PlanUnitRef[]): void {
    this.control().setValue(list);
    this.control().markAsDirty();
    this.version.update((n) => n + 1);
  }
}
