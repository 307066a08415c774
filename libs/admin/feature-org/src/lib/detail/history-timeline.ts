import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { displayDate } from '@thidua/admin/core';
import { IconName, TdIcon } from '@thidua/admin/ui';
import { OrgEventKind, OrgUnitEventDto } from '@thidua/shared/contracts';

export const EVENT_ICONS: Record<OrgEventKind, IconName> = {
  created: 'add',
  renamed: 'edit',
  moved: 'moveDown',
  closed: 'block',
  merged: 'callMerge',
  split: 'callSplit',
};

/** What happened to a unit, newest first: kind, effective date, what changed, why and who. */
@Component({
  selector: 'td-history-timeline',
  imports: [DatePipe, TranslocoDirective, TdIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="timeline" *transloco="let t">
      @for (event of events(); track event.id) {
        <li class="event" [class]="'kind-' + event.kind">
          <span class="dot"><td-icon [name]="icons[event.kind]" /></span>
          <div class="body">
            <p class="head">
              <strong>{{ t('org.events.' + event.kind) }}</strong>
              <span class="date">{{ t('org.history.effective', { date: date(event.effectiveDate) }) }}</span>
            </p>
            @let d = event.details;
            @if (event.kind === 'renamed') {
              <p>{{ t('org.history.renamed', { from: d.fromName ?? '—', to: d.toName ?? '—' }) }}</p>
            }
            @if (event.kind === 'moved') {
              <p>
                {{
                  t('org.history.moved', {
                    from: d.fromParent?.name ?? t('org.history.top'),
                    to: d.toParent?.name ?? t('org.history.top'),
                  })
                }}
              </p>
            }
            @if (d.sources?.length) {
              <p>{{ t('org.history.sources') }} {{ names(d.sources) }}</p>
            }
            @if (d.targets?.length) {
              <p>{{ t('org.history.targets') }} {{ names(d.targets) }}</p>
            }
            @if (event.reason) {
              <p class="reason">{{ t('org.history.reason', { reason: event.reason }) }}</p>
            }
            <p class="meta">
              {{
                t('org.history.recorded', {
                  who: event.actorName ?? t('org.history.system'),
                  at: (event.recordedAt | date: 'dd/MM/yyyy HH:mm'),
                })
              }}
            </p>
          </div>
        </li>
      } @empty {
        <li class="none">{{ t('org.history.none') }}</li>
      }
    </ol>
  `,
  styles: `
    .timeline {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .event {
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
    .kind-closed .dot {
      background: var(--mat-sys-surface-container-highest);
    }
    .body {
      flex: 1;
      min-width: 0;
      p {
        margin: 2px 0;
        overflow-wrap: anywhere;
      }
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      align-items: baseline;
    }
    .date,
    .meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .reason {
      font-style: italic;
    }
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class HistoryTimeline {
  readonly events = input.required<OrgUnitEventDto[]>();
  protected readonly icons = EVENT_ICONS;
  protected readonly date = displayDate;

  protected names(units: Array<{ name: string; code: string }> | undefined): string {
    return (units ?? []).map((u) => `${u.name} (${u.code})`).join('; ');
  }
}
