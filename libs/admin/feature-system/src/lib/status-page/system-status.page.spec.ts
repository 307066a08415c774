import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslocoTesting } from '@thidua/admin/core/testing';
import { ReadinessReport } from '@thidua/shared/contracts';
import { SystemStatusPage } from './system-status.page';

const vi = {
  status: { up: 'Hoạt động', down: 'Ngừng hoạt động', unknown: 'Đang kiểm tra' },
  time: { secondsAgo: '{{count}} giây trước' },
  system: {
    allUp: 'Tất cả dịch vụ đều hoạt động bình thường',
    someDown: 'Có {{count}} dịch vụ đang gặp sự cố',
    loadFailed: 'Không kiểm tra được trạng thái hệ thống',
    lastHeartbeat: 'Tín hiệu gần nhất',
    services: { database: 'Cơ sở dữ liệu', redis: 'Redis', worker: 'Tiến trình nền' },
  },
};

describe('SystemStatusPage', () => {
  let fixture: ComponentFixture<SystemStatusPage>;
  let backend: HttpTestingController;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslocoTesting({ vi })],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SystemStatusPage);
    host = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve)); // the first check starts on a 0 ms timer
  });

  afterEach(() => fixture.destroy());

  async function answer(status: number, body: object | string): Promise<void> {
    backend.expectOne({ method: 'GET', url: '/ready' }).flush(body, { status, statusText: String(status) });
    await fixture.whenStable();
  }

  const cards = () =>
    Array.from(host.querySelectorAll('td-service-card')).map((card) => ({
      title: card.querySelector('h2')?.textContent?.trim(),
      state: card.querySelector('td-status-chip')?.textContent?.trim(),
      text: card.textContent ?? '',
    }));

  it('renders a 503 readiness body as data: the down services, their reasons and the worker heartbeat', async () => {
    const report: ReadinessReport = {
      status: 'error',
      details: {
        database: { status: 'up' },
        redis: { status: 'down', message: 'connect ECONNREFUSED 127.0.0.1:6379' },
        worker: {
          status: 'down',
          message: 'Không có tín hiệu từ worker.',
          lastSeenAt: new Date(Date.now() - 42_000).toISOString(),
        },
      },
    };
    await answer(503, report);

    expect(host.querySelector('td-error-state')).toBeNull();
    expect(host.querySelector('.overall')?.textContent).toContain('Có 2 dịch vụ đang gặp sự cố');
    const [database, redis, worker] = cards();
    expect(database).toMatchObject({ title: 'Cơ sở dữ liệu', state: 'Hoạt động' });
    expect(redis).toMatchObject({ title: 'Redis', state: 'Ngừng hoạt động' });
    expect(redis.text).toContain('connect ECONNREFUSED 127.0.0.1:6379');
    expect(worker).toMatchObject({ title: 'Tiến trình nền', state: 'Ngừng hoạt động' });
    expect(worker.text).toMatch(/Tín hiệu gần nhất: 4[23] giây trước/);
  });

  it('says all is well on a 200', async () => {
    const up = { status: 'up' as const };
    await answer(200, {
      status: 'ok',
      details: { database: up, redis: up, worker: { ...up, lastSeenAt: new Date().toISOString() } },
    });
    expect(host.querySelector('.overall')?.textContent).toContain('Tất cả dịch vụ đều hoạt động bình thường');
    expect(cards().map((c) => c.state)).toEqual(['Hoạt động', 'Hoạt động', 'Hoạt động']);
  });

  it('shows an error with a retry when the API cannot be reached, and retries on request', async () => {
    backend.expectOne('/ready').error(new ProgressEvent('error'));
    await fixture.whenStable();
    const error = host.querySelector('td-error-state');
    expect(error?.textContent).toContain('Không kết nối được tới máy chủ');

    (error?.querySelector('button') as HTMLButtonElement).click();
    await new Promise((resolve) => setTimeout(resolve));
    await answer(200, {
      status: 'ok',
      details: { database: { status: 'up' }, redis: { status: 'up' }, worker: { status: 'up' } },
    });
    expect(host.querySelector('td-error-state')).toBeNull();
    expect(cards()).toHaveLength(3);
  });

  it('treats an error status without a readiness body as a failure, not as data', async () => {
    await answer(503, '<html>Service Unavailable</html>');
    expect(host.querySelector('td-error-state')?.textContent).toContain('Không kết nối được tới máy chủ');
    expect(cards()).toHaveLength(0);
  });
});
