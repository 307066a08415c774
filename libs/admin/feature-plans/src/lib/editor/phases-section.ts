import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormArray } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { TranslocoService } from '@jsverse/transloco';
import { confirmAction, ToneChip } from '@thidua/admin/ui';
import { commemorationsBetween, isRoundAnniversary, suggestPhases } from '../data/phase-suggestion';
import { EDITOR_IMPORTS } from './editor-imports';
import { commemorationGroup, moveAt, PhaseGroup, phaseGroup } from './plan-form';

/**
 * Các đợt thi đua: name, dates, focus and the national days each phase commemorates. "Gợi ý theo
 * năm" proposes the usual two phases of the plan's year, with their anniversaries.
 */
@Component({
  selector: 'td-phases-section',
  imports: [...EDITOR_IMPORTS, ToneChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './phases-section.html',
  styleUrl: './section.scss',
  styles: `
    .commemorations {
      margin: 8px 0 0;
      padding: 0;
      list-style: none;
    }
    .commemoration {
      display: flex;
      align-items: center;
      gap: 6px;
      margin-bottom: 6px;
      mat-form-field {
        flex: 1;
        min-width: 0;
      }
    }
    .sub {
      margin: 12px 0 4px;
      font: var(--mat-sys-label-large);
    }
    .lead {
      margin: 0 0 12px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PhasesSection {
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);

  readonly phases = input.required<FormArray<PhaseGroup>>();
  /** The plan's year: what the suggestion is for. */
  readonly year = input.required<number>();

  /** Proposes the two usual phases of the year (asking first when phases are already there). */
  async suggest(): Promise<void> {
    const year = this.year();
    if (!year) return;
    if (this.phases().length) {
      const replace = await confirmAction(this.dialog, {
        title: this.transloco.translate('plans.editor.suggestReplaceTitle'),
        message: this.transloco.translate('plans.editor.suggestReplaceText', { year }),
        confirmLabel: this.transloco.translate('plans.editor.suggestReplace'),
      });
      if (!replace) return;
    }
    this.phases().clear({ emitEvent: false });
    for (const phase of suggestPhases(year)) this.phases().push(phaseGroup(phase), { emitEvent: false });
    this.phases().updateValueAndValidity();
    this.phases().markAsDirty();
  }

  protected isRound(dayKey: string | null, phase: PhaseGroup): boolean {
    const year = Number(phase.controls.to.value.slice(0, 4)) || this.year();
    return isRoundAnniversary(dayKey, year);
  }

  /** Fills the phase's commemorations from the calendar, for its dates. */
  protected fillCommemorations(phase: PhaseGroup): void {
    const { from, to } = phase.getRawValue();
    const list = phase.controls.commemorations;
    list.clear({ emitEvent: false });
    for (const c of commemorationsBetween(from, to)) list.push(commemorationGroup(c), { emitEvent: false });
    list.updateValueAndValidity();
    list.markAsDirty();
  }

  protected add(): void {
    const n = this.phases().length + 1;
    this.phases().push(phaseGroup({ name: `Đợt ${n}` }));
    this.phases().markAsDirty();
  }

  protected remove(index: number): void {
    this.phases().removeAt(index);
    this.phases().markAsDirty();
  }

  protected move(index: number, by: -1 | 1): void {
    moveAt(this.phases(), index, by);
  }

  protected addCommemoration(phase: PhaseGroup): void {
    phase.controls.commemorations.push(commemorationGroup());
    phase.controls.commemorations.markAsDirty();
  }

  protected removeCommemoration(phase: PhaseGroup, index: number): void {
    phase.controls.commemorations.removeAt(index);
    phase.controls.commemorations.markAsDirty();
  }
}
