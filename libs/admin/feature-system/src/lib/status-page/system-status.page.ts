import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslocoDirective } from '@jsverse/transloco';
import { ApiErrorView, describeApiError, LanguageService } from '@thidua/admin/core';
import { ErrorState, IconName, PageHeader, TdIcon } from '@thidua/admin/ui';
import { ReadinessReport } from '@thidua/shared/contracts';
import {
  catchError,
  exhaustMap,
  filter,
  interval,
  map,
  of,
  startWith,
  Subject,
  switchMap,
  timer,
} from 'rxjs';
import { SystemStatusApi } from '../data/system-status.api';
import { QueueCheck } from '../queue-check/queue-check';
import { ServiceCard } from './service-card';

export const READINESS_REFRESH_MS = 5000;

type ServiceKey = keyof ReadinessReport['details'];

interface ServiceView {
  key: ServiceKey;
  icon: IconName;
}

const SERVICES: readonly ServiceView[] = [
  { key: 'database', icon: 'storage' },
  { key: 'redis', icon: 'bolt' },
  { key: 'worker', icon: 'autorenew' },
];

/** GET /ready as three cards, refreshed every 5 s while the tab is visible, plus a queue round-trip test. */
@Component({
  selector: 'td-system-status-page',
  imports: [
    DatePipe,
    MatButton,
    MatProgressBar,
    TranslocoDirective,
    PageHeader,
    ErrorState,
    TdIcon,
    ServiceCard,
    QueueCheck,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './system-status.page.html',
  styleUrl: './system-status.page.scss',
})
export class SystemStatusPage {
  private readonly api = inject(SystemStatusApi);
  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);
  private readonly reload$ = new Subject<void>();

  protected readonly services = SERVICES;
  protected readonly report = signal<ReadinessReport | null>(null);
  protected readonly error = signal<ApiErrorView | null>(null);
  protected readonly checkedAt = signal<number | null>(null);
  protected readonly loading = signal(true);
  protected readonly now = signal(Date.now());
  protected readonly down = computed(() => {
    const details = this.report()?.details;
    return details ? SERVICES.filter((s) => details[s.key]?.status === 'down').map((s) => s.key) : [];
  });

  constructor() {
    this.reload$
      .pipe(
        startWith(undefined),
        switchMap(() => timer(0, READINESS_REFRESH_MS)),
        filter(() => !this.document.hidden),
        exhaustMap(() => {
          this.loading.set(true);
          return this.api.readiness().pipe(
            map((report) => ({ report, error: null })),
            catchError((error: unknown) => of({ report: null, error })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe(({ report, error }) => {
        this.loading.set(false);
        this.now.set(Date.now());
        if (report) {
          this.report.set(report);
          this.error.set(null);
          this.checkedAt.set(Date.now());
        } else {
          this.error.set(describeApiError(error, this.language.current()));
        }
      });
    interval(1000)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.now.set(Date.now()));
  }

  protected reload(): void {
    this.reload$.next();
  }
}
