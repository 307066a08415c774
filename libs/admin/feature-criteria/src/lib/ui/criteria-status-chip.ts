import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { IconName, Tone, ToneChip } from '@thidua/admin/ui';
import { CriteriaSetStatus } from '@thidua/shared/contracts';

const LOOK: Record<CriteriaSetStatus, { tone: Tone; icon: IconName }> = {
  draft: { tone: 'neutral', icon: 'edit' },
  published: { tone: 'success', icon: 'checkCircle' },
  archived: { tone: 'warning', icon: 'lock' },
};

/** Nháp / Đã ban hành / Lưu trữ: colour, icon and words. */
@Component({
  selector: 'td-criteria-status-chip',
  imports: [TranslocoDirective, ToneChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<td-tone-chip *transloco="let t" [tone]="look().tone" [icon]="look().icon">{{
    t('criteria.status.' + status())
  }}</td-tone-chip>`,
})
export class CriteriaStatusChip {
  readonly status = input.required<CriteriaSetStatus>();
  protected readonly look = computed(() => LOOK[this.status()]);
}
