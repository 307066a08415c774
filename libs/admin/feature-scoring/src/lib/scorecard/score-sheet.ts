import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { FieldErrorPipe } from '@thidua/admin/ui';
import { ScorecardDto } from '@thidua/shared/contracts';
import { points } from '../data/scoring.api';
import { groupTotal, ScoreForm, ScoreFormValue } from './score-form';

/** The criteria set as a scoring sheet: a table per group, the unit's and the reviewers' points side by side. */
@Component({
  selector: 'td-score-sheet',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    TranslocoDirective,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './score-sheet.html',
  styleUrl: './score-sheet.scss',
})
export class ScoreSheet {
  readonly card = input.required<ScorecardDto>();
  readonly form = input.required<ScoreForm>();
  readonly value = input.required<ScoreFormValue>();
  readonly showReview = input(false);

  protected readonly pts = points;
  /** Index of each group's first criterion among the form's rows. */
  protected readonly offsets = computed(() => {
    let next = 0;
    return this.card().criteriaSet.groups.map((g) => {
      const start = next;
      next += g.criteria.length;
      return start;
    });
  });
  protected readonly groupMax = computed(() =>
    this.card().criteriaSet.groups.map(
      (g) => Math.round(g.criteria.reduce((sum, c) => sum + c.maxPoints, 0) * 100) / 100,
    ),
  );

  protected subtotal(groupIndex: number, side: 'self' | 'review'): string {
    return points(groupTotal(this.card().criteriaSet, this.value(), groupIndex, side));
  }

  /** The reviewers left these points as the unit gave them (their total counts the unit's). */
  protected keeps(review: number | string | null | undefined): boolean {
    const card = this.card();
    const reviewed = card.reviewTotal !== null || card.status === 'final';
    return reviewed && (review === null || review === undefined || review === '');
  }

  protected row(index: number) {
    return this.form().controls.items.at(index);
  }
}
