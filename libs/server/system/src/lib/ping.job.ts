/** The diagnostic job that proves the API → Redis → worker → API round trip. */
export const PING_JOB = 'ping';

export interface PingJobData {
  enqueuedAt: string;
  /** Whose job it is: only the same tenant (or, for null, platform operators) may read its status. */
  tenantId: string | null;
}

export interface PingJobResult {
  processedBy: string;
  processedAt: string;
  enqueuedAt: string;
  roundTripMs: number;
}
