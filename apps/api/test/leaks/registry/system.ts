import { PingJobAccepted } from '@thidua/shared/contracts';
import { LeakEntry } from './types';

/** Liveness, readiness and the diagnostic job round trip. */
export const systemRoutes: Record<string, LeakEntry> = {
  'GET /health': {
    kind: 'public',
    why: 'Answers {status:"ok"} from the process itself; it reads no table.',
  },
  'GET /ready': {
    kind: 'public',
    why: 'Reports whether MySQL, Redis and a worker answer (up/down and a heartbeat time); it reads no tenant row.',
  },
  'POST /api/system/ping': {
    kind: 'self',
    why: 'Takes no id and no body: it enqueues a new diagnostic job and answers only that job id.',
    prove: async ({ a, b }) => {
      const mine = await a.admin.client.post<PingJobAccepted>('/api/system/ping');
      const theirs = await b.admin.client.post<PingJobAccepted>('/api/system/ping');
      expect(theirs.jobId).not.toBe(mine.jobId);
      expect(Object.keys(theirs)).toEqual(['jobId']);
    },
    matrix: { harmless: 'enqueues a diagnostic job that only reports which worker answered' },
  },
  'GET /api/system/ping/{jobId}': {
    kind: 'tenantResource',
    fixture: async ({ a }) => {
      const { jobId } = await a.admin.client.post<PingJobAccepted>('/api/system/ping');
      return {
        expect: 'notFound',
        params: { jobId },
        markers: [jobId],
        snapshot: async () => {
          const status = await a.admin.client.get(`/api/system/ping/${jobId}`);
          return status['jobId'];
        },
      };
    },
  },
};
