import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  appTranslations,
  nextRequest,
  provideNoMaterialAnimations,
  provideTranslocoTesting,
  restoreSession,
  roleRules,
  sessionWith,
} from '@thidua/admin/core/testing';
import { provideTranslatedPaginator } from '@thidua/admin/ui';
import { Page, PlanListItemDto } from '@thidua/shared/contracts';
import { RoleKey } from '@thidua/shared/permissions';
import { listItem } from '../../testing/plan-fixtures';
import { PlansPage } from './plans.page';

describe('PlansPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let host: HTMLElement;

  const settle = async (ms = 0) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await harness.fixture.whenStable();
  };
  const list = (): TestRequest => backend.expectOne((r) => r.url === '/api/plans');
  const page = (items: PlanListItemDto[], total = items.length, p = 1): Page<PlanListItemDto> => ({
    items,
    total,
    page: p,
    pageSize: 20,
  });
  async function choose(selectClass: string, option: string) {
    host.querySelector<HTMLElement>(`mat-select.${selectClass}`)!.click();
    await settle();
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    options.find((o) => o.textContent?.trim() === option)!.click();
    await settle();
  }

  async function render(role: RoleKey) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '', component: PlansPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(appTranslations()),
        provideNoMaterialAnimations(),
        provideTranslatedPaginator(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await restoreSession(sessionWith(roleRules(role), {}, ['/root/']));
    harness = await RouterTestingHarness.create('/');
    host = harness.routeNativeElement as HTMLElement;
    await settle();
  }

  afterEach(() => backend.verify());

  it('shows one page of plans and sends the search, filters and sort as query parameters', async () => {
    await render('emulation_officer');
    const first = list();
    expect(first.request.params.toString()).toBe('scope=all&sort=updatedAt&dir=desc&page=1&pageSize=20');
    first.flush(
      page(
        [listItem(22), listItem(0, { id: 'plan-d', numberText: null, status: 'draft', recipientCount: 0 })],
        2,
      ),
    );
    await settle();
    const rows = Array.from(host.querySelectorAll('tr.mat-mdc-row'));
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('22/KH-LĐ');
    expect(rows[0].textContent).toContain('26/01/2024');
    expect(rows[0].textContent).toContain('Kế hoạch thi đua số 22');
    expect(rows[0].textContent).toContain('Liên đoàn Lao động tỉnh Khánh Hòa');
    expect(rows[0].querySelector('td-plan-status-chip')?.textContent?.trim()).toBe('Đã ban hành');
    expect(rows[0].querySelector('.share')?.textContent?.trim()).toBe('12/40');
    expect(rows[0].querySelector('a.title')?.getAttribute('href')).toBe('/plans/plan-22');
    expect(rows[1].textContent).toContain('Chưa cấp số');
    expect(rows[1].querySelector('td-plan-status-chip')?.textContent?.trim()).toBe('Dự thảo');

    const search = host.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'khánh hòa';
    search.dispatchEvent(new Event('input'));
    const searched = await nextRequest(backend, (r) => r.url === '/api/plans');
    expect(searched.request.params.get('q')).toBe('khánh hòa');
    searched.flush(page([listItem(22)]));
    await settle();

    await choose('status-filter', 'Chờ duyệt');
    const byStatus = list();
    expect(byStatus.request.params.get('status')).toBe('in_approval');
    byStatus.flush(page([listItem(22)]));
    await settle();

    await choose('year-filter', '2024');
    const byYear = list();
    expect(byYear.request.params.get('year')).toBe('2024');
    expect(byYear.request.params.get('q')).toBe('khánh hòa');
    byYear.flush(page([listItem(22)]));
    await settle();

    host.querySelector<HTMLElement>('th.mat-column-title')!.click();
    await settle();
    const sorted = list();
    expect(sorted.request.params.get('sort')).toBe('title');
    expect(sorted.request.params.get('dir')).toBe('asc');
    sorted.flush(page([listItem(22)]));
    await settle();

    host.querySelector<HTMLElement>('a[data-scope="received"]')!.click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/?scope=received');
    const received = list();
    expect(received.request.params.get('scope')).toBe('received');
    expect(received.request.params.get('page')).toBe('1');
    received.flush(page([], 0));
    await settle();
    expect(host.querySelector('td-empty-state')?.textContent).toContain('Không có kế hoạch nào phù hợp');
  });

  it('offers drafting and importing only to those who may create plans', async () => {
    await render('emulation_officer');
    list().flush(page([], 0));
    await settle();
    const header = Array.from(host.querySelectorAll('td-page-header .actions > *')).map((b) =>
      b.textContent?.trim(),
    );
    expect(header).toEqual(['Nhập từ văn bản', 'Soạn kế hoạch']);
    const empty = host.querySelector('td-empty-state')!;
    expect(empty.textContent).toContain('Chưa có kế hoạch thi đua nào.');
    expect(empty.querySelectorAll('a, button')).toHaveLength(2);
  });

  it('opens on the plans sent to my units for those who neither draft nor approve', async () => {
    await render('viewer');
    const first = list();
    expect(first.request.params.get('scope')).toBe('received');
    first.flush(page([], 0));
    await settle();
    expect(host.querySelector('td-page-header .actions')?.children).toHaveLength(0);
    expect(host.querySelector('a[data-scope="received"]')?.classList).toContain('mdc-tab--active');
    expect(host.querySelector('td-empty-state')?.textContent).toContain(
      'Chưa có kế hoạch nào gửi đến đơn vị của bạn.',
    );
  });

  it('says plainly when the list cannot be loaded, and tries again', async () => {
    await render('federation_leader');
    list().flush(
      { statusCode: 503, error: 'unavailable', message: 'Máy chủ đang bảo trì.' },
      { status: 503, statusText: 'Service Unavailable' },
    );
    await settle();
    const error = host.querySelector('td-error-state')!;
    expect(error.textContent).toContain('Không tải được danh sách kế hoạch');
    expect(error.textContent).toContain('Máy chủ đang bảo trì.');
    error.querySelector('button')!.click();
    await settle();
    list().flush(page([listItem(1)]));
    await settle();
    expect(host.querySelector('td-error-state')).toBeNull();
    expect(host.querySelectorAll('tr.mat-mdc-row')).toHaveLength(1);
  });
});
