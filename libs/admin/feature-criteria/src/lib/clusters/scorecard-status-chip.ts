import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { IconName, Tone, ToneChip } from '@thidua/admin/ui';
import { ScorecardStatus } from '@thidua/shared/contracts';

const LOOK: Record<ScorecardStatus | 'none', { tone: Tone; icon: IconName }> = {
  none: { tone: 'neutral', icon: 'schedule' },
  draft: { tone: 'neutral', icon: 'edit' },
  submitted: { tone: 'info', icon: 'send' },
  returned: { tone: 'warning', icon: 'restore' },
  final: { tone: 'success', icon: 'checkCircle' },
};

/** Where a member's scorecard stands (null: not started). */
@Component({
  selector: 'td-scorecard-status-chip',
  imports: [TranslocoDirective, ToneChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<td-tone-chip *transloco="let t" [tone]="look().tone" [icon]="look().icon">{{
    t('criteria.scorecardStatus.' + key())
  }}</td-tone-chip>`,
})
export class ScorecardStatusChip {
  readonly status = input.required<ScorecardStatus | null>();
  protected readonly key = computed(() => this.status() ?? 'none');
  protected readonly look = computed(() => LOOK[this.key()]);
}
