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
import { Page, RegistrationListItemDto, ReportListItemDto } from '@thidua/shared/contracts';
import { PLAN_REF, UNIT } from '../../testing/participation-fixtures';
import { ReviewsPage } from './reviews.page';

const page = <T>(items: T[]): Page<T> => ({ items, total: items.length, page: 1, pageSize: 20 });
const registration: RegistrationListItemDto = {
  id: 'reg-1',
  plan: PLAN_REF,
  unit: UNIT,
  status: 'submitted',
  submittedAt: '2024-03-01T08:00:00Z',
  late: true,
  targetCount: 2,
  updatedAt: '2024-03-01T08:00:00Z',
};
const report: ReportListItemDto = {
  id: 'rep-1',
  plan: PLAN_REF,
  phase: { id: 'phase-1', name: 'Đợt 1' },
  unit: UNIT,
  status: 'submitted',
  submittedAt: '2024-08-01T08:00:00Z',
  onTime: true,
  evidenceCount: 1,
  updatedAt: '2024-08-01T08:00:00Z',
};

describe('ReviewsPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let host: HTMLElement;

  const settle = async (ms = 0) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await harness.fixture.whenStable();
  };
  const registrations = (): TestRequest => backend.expectOne((r) => r.url === '/api/registrations');
  const reports = (): TestRequest => backend.expectOne((r) => r.url === '/api/reports');

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', component: ReviewsPage },
          { path: 'my-plans/**', children: [] },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(appTranslations()),
        provideNoMaterialAnimations(),
        provideTranslatedPaginator(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await restoreSession(sessionWith(roleRules('emulation_officer'), {}, ['/root/']));
    harness = await RouterTestingHarness.create('/');
    host = harness.routeNativeElement as HTMLElement;
    await settle();
  });

  afterEach(() => backend.verify());

  it('starts on the submitted registrations and sends the filters to the server', async () => {
    const first = registrations();
    expect(first.request.params.toString()).toBe('status=submitted&page=1&pageSize=20');
    first.flush(page([registration]));
    await settle();
    const row = host.querySelector('tr.mat-mdc-row')!;
    expect(row.textContent).toContain(UNIT.name);
    expect(row.textContent).toContain('Trễ hạn');

    host.querySelector<HTMLInputElement>('.late-filter input')!.click();
    await settle();
    expect(registrations().request.params.get('late')).toBe('true');

    const search = host.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'nha trang';
    search.dispatchEvent(new Event('input'));
    const searched = await nextRequest(backend, (r) => r.url === '/api/registrations');
    expect(searched.request.params.get('q')).toBe('nha trang');
    expect(searched.request.params.get('status')).toBe('submitted');
    searched.flush(page([registration]));
    await settle();
  });

  it('lists the phase reports on the second tab and opens one in review mode', async () => {
    registrations().flush(page([]));
    await settle();
    expect(host.querySelector('td-empty-state')?.textContent).toContain('Không có gì chờ duyệt');
    Array.from(host.querySelectorAll<HTMLElement>('[role="tab"]'))
      .find((tab) => tab.textContent?.trim() === 'Báo cáo đợt')!
      .click();
    await settle();
    const first = reports();
    expect(first.request.params.toString()).toBe('status=submitted&page=1&pageSize=20');
    first.flush(page([report]));
    await settle();
    const rows = host.querySelectorAll<HTMLElement>('td-review-queue[kind="reports"] tr.mat-mdc-row');
    expect(rows[0].textContent).toContain('Đợt 1');
    rows[0].click();
    await settle();
    expect(TestBed.inject(Router).url).toBe(
      '/my-plans/plan-22/units/unit-1/phases/phase-1/report?from=reviews',
    );
  });
});
