import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { WorkerHeartbeat } from '@thidua/server/core';
import { waitFor } from '@thidua/server/testing';
import { PingJobStatus } from '@thidua/shared/contracts';
import request from 'supertest';
import { seedTenant, signIn, startApi, startWorker } from './api-harness';

describe('API and worker together', () => {
  let api: INestApplication;
  let worker: INestApplicationContext;
  let token: string;

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker();
    const { logins } = await seedTenant(api, ['tenant_admin']);
    token = await signIn(api, logins['tenant_admin']);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('reports ready once the worker heartbeat is seen', async () => {
    const res = await request(api.getHttpServer()).get('/ready').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.details.database.status).toBe('up');
    expect(res.body.details.redis.status).toBe('up');
    expect(res.body.details.worker.status).toBe('up');
  });

  it('runs a job round trip: the API enqueues, the worker processes, the API reports the result', async () => {
    const accepted = await request(api.getHttpServer())
      .post('/api/system/ping')
      .set('Authorization', `Bearer ${token}`)
      .expect(202);
    const { value } = await waitFor(
      async () =>
        (
          await request(api.getHttpServer())
            .get(`/api/system/ping/${accepted.body.jobId}`)
            .set('Authorization', `Bearer ${token}`)
            .expect(200)
        ).body as PingJobStatus,
      (status) => status.state === 'completed' || status.state === 'failed',
      { what: 'the ping job to finish' },
    );
    expect(value.state).toBe('completed');
    expect(value.result?.processedBy).toBe(worker.get(WorkerHeartbeat).workerId);
    expect(value.result?.roundTripMs).toBeGreaterThanOrEqual(0);
  });

  it('answers 404 in Vietnamese for a job that does not exist', async () => {
    const res = await request(api.getHttpServer())
      .get('/api/system/ping/ping-unknown')
      .set('Authorization', `Bearer ${token}`)
      .expect(404);
    expect(res.body).toMatchObject({
      error: 'job_not_found',
      message: 'Không tìm thấy tác vụ ping-unknown.',
    });
  });

  it('refuses diagnostics to anyone not signed in', async () => {
    await request(api.getHttpServer()).post('/api/system/ping').expect(401);
  });
});
