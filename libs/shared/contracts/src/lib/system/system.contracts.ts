export type ServiceState = 'up' | 'down';

export interface ServiceCheck {
  status: ServiceState;
  /** Why a service is down, or extra facts such as the last worker heartbeat. */
  message?: string;
  lastSeenAt?: string;
}

/** Body of GET /ready (terminus format): `details` holds every check, up or down. */
export interface ReadinessReport {
  status: 'ok' | 'error';
  details: Record<'database' | 'redis' | 'worker', ServiceCheck>;
}

export interface PingJobAccepted {
  jobId: string;
}

export type JobState = 'waiting' | 'active' | 'completed' | 'failed' | 'delayed' | 'unknown';

export interface PingJobStatus {
  jobId: string;
  state: JobState;
  /** Present once the worker finished: who processed it and how long the round trip took. */
  result?: { processedBy: string; processedAt: string; enqueuedAt: string; roundTripMs: number };
  failedReason?: string;
}
