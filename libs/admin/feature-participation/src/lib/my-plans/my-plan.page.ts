import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { describeApiError, LanguageService } from '@thidua/admin/core';
import { points, ScorecardStatusChip, ScoringApi } from '@thidua/admin/feature-scoring';
import { EmptyState, ErrorState, PageHeader, TdIcon, ToneChip } from '@thidua/admin/ui';
import { MyParticipationDto, ScorecardListItemDto } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { dayText, ParticipationApi } from '../data/participation.api';
import { ParticipationStatusChip } from '../ui/participation-status-chip';

/** One plan sent to the user's units: per unit, its registration and its report for each phase. */
@Component({
  selector: 'td-my-plan-page',
  imports: [
    MatButton,
    MatProgressBar,
    RouterLink,
    TranslocoDirective,
    EmptyState,
    ErrorState,
    PageHeader,
    TdIcon,
    ToneChip,
    ParticipationStatusChip,
    ScorecardStatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-plan.page.html',
  styleUrl: './my-plan.page.scss',
})
export class MyPlanPage {
  private readonly api = inject(ParticipationApi);
  private readonly scoring = inject(ScoringApi);
  private readonly language = inject(LanguageService);

  /** The `:planId` of the route. */
  readonly planId = input.required<string>();

  protected readonly data = signal<MyParticipationDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly date = dayText;
  protected readonly pts = points;
  /** The units' scorecards for the plan, by unit id (none when the plan has no criteria set). */
  protected readonly scorecards = signal(new Map<string, ScorecardListItemDto>());

  constructor() {
    effect(() => {
      const id = this.planId();
      untracked(() => void this.load(id));
    });
  }

  protected async load(id = this.planId()): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.data.set(await firstValueFrom(this.api.mine(id)));
      const cards = await firstValueFrom(this.scoring.scorecards({ planId: id, pageSize: 100 })).catch(
        () => null,
      );
      this.scorecards.set(new Map((cards?.items ?? []).map((c) => [c.unit.id, c])));
    } catch (error) {
      this.error.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.loading.set(false);
    }
  }
}
