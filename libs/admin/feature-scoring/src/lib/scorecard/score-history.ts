import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { describeApiError, LanguageService } from '@thidua/admin/core';
import { Alert, IconName, TdIcon } from '@thidua/admin/ui';
import { ScoreEventDto, ScoreEventKind } from '@thidua/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { points, ScorecardKey, ScoringApi } from '../data/scoring.api';

const ICONS: Record<ScoreEventKind, IconName> = {
  self: 'edit',
  submit: 'send',
  review: 'verifiedUser',
  finalize: 'checkCircle',
  return: 'restore',
  reopen: 'autorenew',
};

/** The scorecard's history as a timeline: who changed which points, when, and why. */
@Component({
  selector: 'td-score-history',
  imports: [DatePipe, TranslocoDirective, Alert, TdIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2>{{ t('scorecard.history.title') }}</h2>
      @if (error(); as message) {
        <td-alert tone="error">{{ message }}</td-alert>
      } @else if (events().length === 0) {
        <p class="muted">{{ t('scorecard.history.none') }}</p>
      } @else {
        <ol class="timeline">
          @for (e of events(); track e.id) {
            <li [class]="'kind-' + e.kind">
              <td-icon class="dot" [name]="icons[e.kind]" />
              <div class="body">
                <div class="line">
                  <strong>{{ t('scorecard.history.kind.' + e.kind) }}</strong>
                  <span class="muted"
                    >{{ e.actorName ?? t('scorecard.history.someone') }} ·
                    {{ e.at | date: 'HH:mm dd/MM/yyyy' }}</span
                  >
                  @if (e.total !== null) {
                    <span class="total">{{ t('scorecard.history.total', { total: pts(e.total) }) }}</span>
                  }
                </div>
                @if (e.changes.length) {
                  <ul class="changes">
                    @for (c of e.changes; track $index) {
                      <li>
                        {{ c.code === 'bonus' ? t('scorecard.bonus.short') : c.code }}
                        <span class="muted">({{ t('scorecard.history.side.' + c.side) }})</span>:
                        {{ pts(c.from) }} → <strong>{{ pts(c.to) }}</strong>
                      </li>
                    }
                  </ul>
                }
                @if (e.comment) {
                  <p class="comment">{{ e.comment }}</p>
                }
              </div>
            </li>
          }
        </ol>
      }
    </ng-container>
  `,
  styleUrl: './score-history.scss',
})
export class ScoreHistory {
  private readonly api = inject(ScoringApi);
  private readonly language = inject(LanguageService);

  readonly key = input.required<ScorecardKey>();
  /** The scorecard's version: the history loads again whenever it changes. */
  readonly version = input(0);

  protected readonly events = signal<ScoreEventDto[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly icons = ICONS;
  protected readonly pts = points;

  constructor() {
    effect(() => {
      const key = this.key();
      this.version();
      untracked(() => void this.load(key));
    });
  }

  private async load(key: ScorecardKey): Promise<void> {
    try {
      const events = await firstValueFrom(this.api.history(key));
      this.events.set([...events].sort((a, b) => b.at.localeCompare(a.at)));
      this.error.set(null);
    } catch (error) {
      this.error.set(describeApiError(error, this.language.current()).summary);
    }
  }
}
