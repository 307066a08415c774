import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { TdIcon } from '@thidua/admin/ui';
import { PlanTransitionDto } from '@thidua/shared/contracts';
import { TRANSITION_ICONS } from '../data/plan-status';

/** "Lịch sử": each step of the plan, newest first, with who, when and their comment. */
@Component({
  selector: 'td-plan-history',
  imports: [DatePipe, TranslocoDirective, TdIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="timeline" *transloco="let t">
      @for (step of steps(); track step.id) {
        <li class="step" [class]="'kind-' + step.transition">
          <span class="dot"><td-icon [name]="icons[step.transition]" /></span>
          <div class="body">
            <p class="head">
              <strong>{{ t('plans.history.' + step.transition) }}</strong>
              @if (step.fromStatus) {
                <span class="muted">
                  {{ t('plans.status.' + step.fromStatus) }} → {{ t('plans.status.' + step.toStatus) }}
                </span>
              }
            </p>
            @if (step.comment) {
              <blockquote class="comment">{{ step.comment }}</blockquote>
            }
            <p class="muted">
              {{
                t('plans.history.by', {
                  who: step.actorName ?? t('plans.history.system'),
                  at: (step.at | date: 'dd/MM/yyyy HH:mm'),
                })
              }}
            </p>
          </div>
        </li>
      } @empty {
        <li class="muted">{{ t('plans.history.none') }}</li>
      }
    </ol>
  `,
  styles: `
    .timeline {
      margin: 16px 0 0;
      padding: 0;
      list-style: none;
    }
    .step {
      position: relative;
      display: flex;
      gap: 12px;
      padding-bottom: 16px;
      &:not(:last-child)::before {
        content: '';
        position: absolute;
        top: 32px;
        bottom: 0;
        left: 15px;
        border-left: 2px solid var(--mat-sys-outline-variant);
      }
    }
    .dot {
      display: inline-flex;
      flex: none;
      align-items: center;
      justify-content: center;
      width: 32px;
      height: 32px;
      border-radius: 50%;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      --td-icon-size: 18px;
    }
    .kind-return .dot {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .kind-issue .dot {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .body {
      flex: 1;
      min-width: 0;
      p {
        margin: 2px 0;
      }
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      align-items: baseline;
    }
    .muted {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .comment {
      margin: 6px 0;
      padding: 6px 12px;
      border-left: 3px solid var(--mat-sys-outline);
      background: var(--mat-sys-surface-container-low);
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
})
export class PlanHistory {
  /** Newest first. */
  readonly steps = input.required<PlanTransitionDto[]>();
  protected readonly icons = TRANSITION_ICONS;
}
