import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatCard } from '@angular/material/card';
import { TranslocoDirective } from '@jsverse/transloco';
import { IconName, StatusChip, TdIcon } from '@thidua/admin/ui';
import { ServiceCheck } from '@thidua/shared/contracts';
import { relativeTime } from '../data/relative-time';

/** One checked service: what it is, up or down, why, and (for the worker) its last heartbeat. */
@Component({
  selector: 'td-service-card',
  imports: [MatCard, TranslocoDirective, StatusChip, TdIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" class="card" [class.down]="check()?.status === 'down'" *transloco="let t">
      <div class="head">
        <span class="icon"><td-icon [name]="icon()" /></span>
        <div class="names">
          <h2 class="title">{{ title() }}</h2>
          <span class="tech">{{ tech() }}</span>
        </div>
      </div>
      <td-status-chip [state]="check()?.status ?? null" />
      @if (check()?.message; as message) {
        <p class="message">{{ message }}</p>
      }
      @if (heartbeat(); as beat) {
        <p class="heartbeat">
          <td-icon name="schedule" />
          {{ t('system.lastHeartbeat') }}: <strong>{{ t(beat.key, { count: beat.count }) }}</strong>
        </p>
      } @else if (showHeartbeat()) {
        <p class="heartbeat">
          <td-icon name="schedule" />
          {{ t('system.noHeartbeat') }}
        </p>
      }
    </mat-card>
  `,
  styles: `
    .card {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 14px;
      height: 100%;
      box-sizing: border-box;
      padding: 20px;
      border-radius: var(--mat-sys-corner-large);
      border-top: 4px solid var(--td-success);
    }
    .card.down {
      border-top-color: var(--mat-sys-error);
    }
    .head {
      display: flex;
      align-items: center;
      gap: 12px;
    }
    .icon {
      display: grid;
      place-items: center;
      width: 44px;
      height: 44px;
      border-radius: 12px;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .tech {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .message {
      margin: 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }
    .heartbeat {
      display: flex;
      align-items: center;
      gap: 6px;
      margin: 0;
      font: var(--mat-sys-body-medium);
      --td-icon-size: 18px;
    }
  `,
})
export class ServiceCard {
  readonly title = input.required<string>();
  readonly tech = input.required<string>();
  readonly icon = input.required<IconName>();
  /** Undefined while the first check is under way or when the API did not report this service. */
  readonly check = input<ServiceCheck>();
  readonly showHeartbeat = input(false);
  /** Current time in ms; the page ticks it so "x giây trước" stays true. */
  readonly now = input(0);

  protected readonly heartbeat = computed(() =>
    this.showHeartbeat() ? relativeTime(this.check()?.lastSeenAt, this.now()) : null,
  );
}
