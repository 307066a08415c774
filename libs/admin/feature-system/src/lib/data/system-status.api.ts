import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { PingJobAccepted, PingJobStatus, ReadinessReport } from '@thidua/shared/contracts';
import { catchError, Observable, of, throwError } from 'rxjs';

export function isReadinessReport(value: unknown): value is ReadinessReport {
  if (typeof value !== 'object' || value === null) return false;
  const report = value as Partial<ReadinessReport>;
  return (report.status === 'ok' || report.status === 'error') && typeof report.details === 'object';
}

/** Calls behind the system status page. */
@Injectable({ providedIn: 'root' })
export class SystemStatusApi {
  private readonly http = inject(HttpClient);

  /** GET /ready. A 503 carrying a readiness report is an answer ("something is down"), not a failure. */
  readiness(): Observable<ReadinessReport> {
    return this.http
      .get<ReadinessReport>('/ready')
      .pipe(
        catchError((error: unknown) =>
          error instanceof HttpErrorResponse && error.status === 503 && isReadinessReport(error.error)
            ? of(error.error)
            : throwError(() => error),
        ),
      );
  }

  /** Enqueues a ping job for the worker. */
  startPing(): Observable<PingJobAccepted> {
    return this.http.post<PingJobAccepted>('/api/system/ping', {});
  }

  pingStatus(jobId: string): Observable<PingJobStatus> {
    return this.http.get<PingJobStatus>(`/api/system/ping/${encodeURIComponent(jobId)}`);
  }
}
