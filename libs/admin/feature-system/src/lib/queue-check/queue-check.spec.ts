import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslocoTesting } from '@thidua/admin/core/testing';
import { PING_POLLING, QueueCheck } from './queue-check';

const vi = {
  system: {
    queue: {
      completed: 'Hoàn tất: khứ hồi {{ms}} ms',
      processedBy: 'Xử lý bởi {{worker}}',
      failed: 'Tác vụ kiểm tra thất bại',
      timeout: 'Không có tiến trình nền nào xử lý tác vụ',
    },
  },
};

describe('QueueCheck', () => {
  let fixture: ComponentFixture<QueueCheck>;
  let backend: HttpTestingController;
  let host: HTMLElement;
  const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting({ vi }),
        { provide: PING_POLLING, useValue: { intervalMs: 20, timeoutMs: 200 } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(QueueCheck);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  async function start(): Promise<void> {
    host.querySelector<HTMLButtonElement>('button')!.click();
    backend.expectOne({ method: 'POST', url: '/api/system/ping' }).flush({ jobId: 'ping-1' });
    await tick();
  }

  it('polls the job until a worker completes it and shows the round trip and the worker', async () => {
    await start();
    backend.expectOne('/api/system/ping/ping-1').flush({ jobId: 'ping-1', state: 'waiting' });
    await fixture.whenStable();
    expect(host.querySelector('mat-progress-bar')).not.toBeNull();

    await tick(30);
    backend.expectOne('/api/system/ping/ping-1').flush({
      jobId: 'ping-1',
      state: 'completed',
      result: { processedBy: 'worker-7f3c', processedAt: '', enqueuedAt: '', roundTripMs: 18 },
    });
    await fixture.whenStable();
    expect(host.textContent).toContain('Hoàn tất: khứ hồi 18 ms');
    expect(host.textContent).toContain('Xử lý bởi worker-7f3c');
    expect(host.querySelector('mat-progress-bar')).toBeNull();
    await tick(50);
    backend.verify(); // polling stopped
  });

  it('shows the failure reason of a failed job', async () => {
    await start();
    backend
      .expectOne('/api/system/ping/ping-1')
      .flush({ jobId: 'ping-1', state: 'failed', failedReason: 'boom' });
    await fixture.whenStable();
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('boom');
  });

  it('gives up when no worker picks the job up in time', async () => {
    await start();
    const deadline = Date.now() + 400;
    while (host.querySelector('[role="alert"]') === null && Date.now() < deadline) {
      backend
        .match('/api/system/ping/ping-1')
        .forEach((req) => req.flush({ jobId: 'ping-1', state: 'waiting' }));
      await tick(20);
      await fixture.whenStable();
    }
    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'Không có tiến trình nền nào xử lý tác vụ',
    );
  });
});
