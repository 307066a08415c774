/** The diagnostic job that proves the API → Redis → worker → API round trip. */
export const PING_JOB = 'ping';

export interface PingJobData {
  enqueuedAt: string;
}

export interface PingJobResult {
  processedBy: string;
  processedAt: string;
  enqueuedAt: string;
  roundTripMs: number;
}
