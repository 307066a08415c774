import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  InjectionToken,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCard } from '@angular/material/card';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslocoDirective } from '@jsverse/transloco';
import { describeApiError, LanguageService } from '@thidua/admin/core';
import { TdIcon } from '@thidua/admin/ui';
import { PingJobStatus } from '@thidua/shared/contracts';
import { exhaustMap, first, switchMap, tap, timeout, TimeoutError, timer } from 'rxjs';
import { SystemStatusApi } from '../data/system-status.api';

/** How often to ask for the ping job's state, and when to give up waiting for a worker. */
export const PING_POLLING = new InjectionToken<{ intervalMs: number; timeoutMs: number }>('PING_POLLING', {
  factory: () => ({ intervalMs: 500, timeoutMs: 30_000 }),
});

export type QueueCheckState =
  | { phase: 'idle' }
  | { phase: 'sending' }
  | { phase: 'waiting'; job: PingJobStatus | null }
  | { phase: 'completed'; job: PingJobStatus }
  | { phase: 'failed'; reason: string }
  | { phase: 'timeout' };

const isFinal = (job: PingJobStatus) => job.state === 'completed' || job.state === 'failed';

/** Sends a ping job through Redis to a worker and shows the round trip. */
@Component({
  selector: 'td-queue-check',
  imports: [MatCard, MatButton, MatProgressBar, TranslocoDirective, TdIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './queue-check.html',
  styleUrl: './queue-check.scss',
})
export class QueueCheck {
  private readonly api = inject(SystemStatusApi);
  private readonly language = inject(LanguageService);
  private readonly polling = inject(PING_POLLING);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly state = signal<QueueCheckState>({ phase: 'idle' });
  protected readonly timeoutSeconds = Math.round(this.polling.timeoutMs / 1000);

  protected busy(): boolean {
    const phase = this.state().phase;
    return phase === 'sending' || phase === 'waiting';
  }

  protected run(): void {
    if (this.busy()) return;
    this.state.set({ phase: 'sending' });
    this.api
      .startPing()
      .pipe(
        tap(() => this.state.set({ phase: 'waiting', job: null })),
        switchMap(({ jobId }) =>
          timer(0, this.polling.intervalMs).pipe(
            exhaustMap(() => this.api.pingStatus(jobId)),
            tap((job) => this.state.set({ phase: 'waiting', job })),
            first(isFinal),
            timeout({ first: this.polling.timeoutMs }),
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (job) =>
          this.state.set(
            job.state === 'completed'
              ? { phase: 'completed', job }
              : { phase: 'failed', reason: job.failedReason ?? '' },
          ),
        error: (error: unknown) =>
          this.state.set(
            error instanceof TimeoutError
              ? { phase: 'timeout' }
              : { phase: 'failed', reason: describeApiError(error, this.language.current()).summary ?? '' },
          ),
      });
  }
}
