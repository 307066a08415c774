import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { CriteriaSetContent } from '@thidua/shared/contracts';
import { points } from '../data/criteria.api';
import { totalsOf } from '../editor/criteria-form';

/**
 * A criteria set as people read it: groups with their points, each criterion when `detailed`,
 * the bonus and the rank bands. Used for published (frozen) sets and for the set a plan uses.
 */
@Component({
  selector: 'td-criteria-summary',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './criteria-summary.html',
  styleUrl: './criteria-summary.scss',
})
export class CriteriaSummary {
  readonly content = input.required<CriteriaSetContent>();
  readonly detailed = input(false);
  protected readonly points = points;
  protected readonly totals = computed(() => totalsOf(this.content()));
  protected readonly percent = (ratio: number) => Math.round(ratio * 100);
}
