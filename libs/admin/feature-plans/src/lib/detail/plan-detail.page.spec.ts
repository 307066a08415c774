import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import {
  appTranslations,
  provideNoMaterialAnimations,
  provideTranslocoTesting,
  restoreSession,
  roleRules,
  sessionWith,
} from '@thidua/admin/core/testing';
import { provideTranslatedPaginator } from '@thidua/admin/ui';
import { Page, PlanDto, PlanReceiptDto, PlanTransitionDto } from '@thidua/shared/contracts';
import { RoleKey } from '@thidua/shared/permissions';
import { planDto } from '../../testing/plan-fixtures';
import { PlanDetailPage } from './plan-detail.page';

const receipt = (id: string, name: string, acknowledgedAt: string | null = null): PlanReceiptDto => ({
  unit: { id, code: id.toUpperCase(), name },
  sentAt: '2024-01-26T09:00:00Z',
  acknowledgedAt,
  acknowledgedByName: acknowledgedAt ? 'Trần Thị Mai' : null,
});

describe('PlanDetailPage', () => {
  let fixture: ComponentFixture<PlanDetailPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;

  const settle = async (ms = 0) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await TestBed.inject(ApplicationRef).whenStable();
  };
  const actions = () =>
    Array.from(host.querySelectorAll('.plan-actions > *')).map((b) => b.textContent?.trim());
  const pane = () => document.querySelector<HTMLElement>('.cdk-overlay-pane')!;
  const paneButton = (label: string) =>
    Array.from(pane().querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === label,
    )!;
  const headerButton = (label: string) =>
    Array.from(host.querySelectorAll<HTMLButtonElement>('td-page-header button')).find(
      (b) => b.textContent?.trim() === label,
    )!;
  const openTab = async (label: string) => {
    Array.from(host.querySelectorAll<HTMLElement>('[role="tab"]'))
      .find((tab) => tab.textContent?.trim() === label)!
      .click();
    await settle();
  };

  async function render(role: RoleKey, plan: PlanDto) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(appTranslations()),
        provideNoMaterialAnimations(),
        provideTranslatedPaginator(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await restoreSession(sessionWith(roleRules(role), {}, ['/root/']));
    fixture = TestBed.createComponent(PlanDetailPage);
    fixture.componentRef.setInput('id', plan.id);
    host = fixture.nativeElement as HTMLElement;
    await settle();
    backend.expectOne(`/api/plans/${plan.id}`).flush(plan);
    await settle();
  }

  afterEach(() => backend.verify());

  it('offers only the transitions the API allows, and asks for a reason before returning a draft', async () => {
    const plan = planDto({
      id: 'plan-9',
      numberText: null,
      status: 'in_approval',
      allowedTransitions: ['return', 'issue'],
    });
    await render('federation_leader', plan);
    expect(host.querySelector('h1')?.textContent).toBe(plan.title);
    expect(host.querySelector('td-plan-status-chip')?.textContent?.trim()).toBe('Chờ duyệt');
    expect(actions()).toEqual(['Trả lại', 'Ban hành']);
    expect(host.querySelector('td-plan-document .place-date')?.textContent?.trim()).toBe(
      'Khánh Hòa, ngày 26 tháng 01 năm 2024',
    );

    headerButton('Trả lại').click();
    await settle();
    expect(pane().querySelector('h2')?.textContent).toBe('Trả lại dự thảo');
    paneButton('Trả lại').click();
    await settle();
    backend.expectNone('/api/plans/plan-9/transitions');
    expect(pane().querySelector('mat-error')?.textContent?.trim()).toBe('Vui lòng nhập thông tin này.');

    const comment = pane().querySelector<HTMLTextAreaElement>('textarea')!;
    comment.value = 'Bổ sung chỉ tiêu cho khối doanh nghiệp ngoài nhà nước.';
    comment.dispatchEvent(new Event('input'));
    paneButton('Trả lại').click();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: '/api/plans/plan-9/transitions' });
    expect(req.request.body).toEqual({
      transition: 'return',
      comment: 'Bổ sung chỉ tiêu cho khối doanh nghiệp ngoài nhà nước.',
    });
    req.flush({ ...plan, status: 'draft', allowedTransitions: ['submit'], editable: true });
    await settle();
    expect(host.querySelector('td-plan-status-chip')?.textContent?.trim()).toBe('Dự thảo');
    expect(actions()).toEqual(['Trình duyệt', 'Sửa']);
    expect(host.querySelector('.follow-up')).toBeNull();
  });

  it('issues without a comment when none is given', async () => {
    const plan = planDto({ id: 'plan-9', status: 'in_approval', allowedTransitions: ['issue'] });
    await render('federation_leader', plan);
    headerButton('Ban hành').click();
    await settle();
    expect(pane().textContent).toContain('cấp số văn bản tiếp theo');
    paneButton('Ban hành').click();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: '/api/plans/plan-9/transitions' });
    expect(req.request.body).toEqual({ transition: 'issue' });
    req.flush({ ...plan, status: 'issued', allowedTransitions: ['start'] });
    await settle();
    expect(actions()).toEqual(['Bắt đầu thực hiện']);
    const scoring = host.querySelector<HTMLAnchorElement>('.follow-up a.scoring');
    expect(scoring?.textContent?.trim()).toBe('Chấm điểm, cụm khối');
    expect(scoring?.getAttribute('href')).toBe('/plans/plan-9/scoring');
  });

  it('offers to delete a draft to those who may delete plans, and then goes back to the list', async () => {
    const plan = planDto({
      id: 'plan-d',
      status: 'draft',
      allowedTransitions: ['submit'],
      editable: true,
      deletable: true,
    });
    await render('emulation_officer', plan);
    expect(actions()).toEqual(['Trình duyệt', 'Sửa', 'Xóa dự thảo']);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    headerButton('Xóa dự thảo').click();
    await settle();
    paneButton('Xóa dự thảo').click();
    await settle();
    backend
      .expectOne({ method: 'DELETE', url: '/api/plans/plan-d' })
      .flush(null, { status: 204, statusText: '' });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/plans']);
  });

  it('offers delete only when the API says the draft may be deleted', async () => {
    await render(
      'emulation_officer',
      planDto({ id: 'plan-d', status: 'draft', allowedTransitions: ['submit'], editable: true }),
    );
    expect(actions()).toEqual(['Trình duyệt', 'Sửa']);
  });

  it("asks a receiving unit to acknowledge in a banner, then says it did; derives from the unit's receipt", async () => {
    const mine = receipt('u-cr', 'Công đoàn phường Cam Ranh');
    const plan = planDto({ id: 'plan-22', status: 'issued', myReceipts: [mine] });
    await render('unit_officer', plan);
    expect(actions()).toEqual(['Xây dựng kế hoạch của đơn vị']);
    const banner = host.querySelector<HTMLElement>('.receipt-cta')!;
    expect(banner.querySelector('h2')?.textContent?.trim()).toBe(
      'Kế hoạch đã gửi đến Công đoàn phường Cam Ranh',
    );
    expect(banner.textContent).toContain('Liên đoàn Lao động tỉnh Khánh Hòa gửi lúc');
    banner.querySelector<HTMLButtonElement>('button')!.click();
    await settle();
    backend
      .expectOne({ method: 'POST', url: '/api/plans/plan-22/receipts/u-cr/acknowledge' })
      .flush({ acknowledgedAt: '2024-01-28T01:00:00Z' });
    await settle();
    backend.expectOne('/api/plans/plan-22').flush({
      ...plan,
      acknowledgedCount: 13,
      myReceipts: [{ ...mine, acknowledgedAt: '2024-01-28T01:00:00Z', acknowledgedByName: 'Trần Thị Mai' }],
    });
    await settle();
    expect(host.querySelector('.receipt-cta')).toBeNull();
    expect(host.querySelector('td-alert.acknowledged')?.textContent).toContain(
      'Trần Thị Mai đã xác nhận Công đoàn phường Cam Ranh nhận kế hoạch lúc',
    );

    headerButton('Xây dựng kế hoạch của đơn vị').click();
    await settle();
    expect(pane().querySelector<HTMLInputElement>('td-org-unit-picker input')?.value).toBe(
      'Công đoàn phường Cam Ranh (U-CR)',
    );
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    paneButton('Tạo dự thảo').click();
    await settle();
    const derive = backend.expectOne({ method: 'POST', url: '/api/plans/plan-22/derive' });
    expect(derive.request.body).toEqual({ issuerUnitId: 'u-cr' });
    derive.flush(planDto({ id: 'own', status: 'draft', parentPlanId: 'plan-22' }));
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/plans', 'own', 'edit']);
  });

  it('does not offer to derive a plan that was not sent to one of the user’s units', async () => {
    await render('unit_officer', planDto({ id: 'plan-22', status: 'in_progress', myReceipts: [] }));
    expect(actions()).toEqual([]);
    expect(host.querySelector('.receipt-cta')).toBeNull();
  });

  it('lists the receipts page by page and lets a unit officer acknowledge its own', async () => {
    const plan = planDto({
      id: 'plan-22',
      status: 'issued',
      recipientCount: 40,
      acknowledgedCount: 12,
      myReceipts: [receipt('u-cr', 'Công đoàn phường Cam Ranh')],
    });
    await render('unit_officer', plan);
    expect(actions()).toEqual(['Xây dựng kế hoạch của đơn vị']);
    await openTab('Tiếp nhận');
    const first = backend.expectOne((r) => r.url === '/api/plans/plan-22/receipts');
    expect(first.request.params.toString()).toBe('page=1&pageSize=20');
    const items = [
      receipt('u-nt', 'Công đoàn phường Nha Trang', '2024-01-27T02:00:00Z'),
      receipt('u-cr', 'Công đoàn phường Cam Ranh'),
      receipt('u-bnt', 'Công đoàn phường Bắc Nha Trang'),
    ];
    first.flush({ items, total: 40, page: 1, pageSize: 20 } satisfies Page<PlanReceiptDto>);
    await settle();
    expect(host.querySelector('td-receipts-tab .count')?.textContent?.trim()).toBe('Đã tiếp nhận 12/40');
    const rows = Array.from(host.querySelectorAll('td-receipts-tab tr.mat-mdc-row'));
    expect(rows[0].textContent).toContain('Đã tiếp nhận');
    expect(rows[0].textContent).toContain('Trần Thị Mai');
    expect(rows[0].querySelector('button')).toBeNull();
    // Another unit's receipt: not the user's to acknowledge.
    expect(rows[2].querySelector('button')).toBeNull();
    rows[1].querySelector<HTMLButtonElement>('button')!.click();
    await settle();
    backend
      .expectOne({ method: 'POST', url: '/api/plans/plan-22/receipts/u-cr/acknowledge' })
      .flush({ acknowledgedAt: '2024-01-28T01:00:00Z' });
    await settle();
    const done = receipt('u-cr', 'Công đoàn phường Cam Ranh', '2024-01-28T01:00:00Z');
    backend.expectOne('/api/plans/plan-22').flush({ ...plan, acknowledgedCount: 13, myReceipts: [done] });
    await settle();
    backend
      .expectOne((r) => r.url === '/api/plans/plan-22/receipts')
      .flush({ items: [items[0], done, items[2]], total: 40, page: 1, pageSize: 20 });
    await settle();
    expect(host.querySelector('td-receipts-tab .count')?.textContent?.trim()).toBe('Đã tiếp nhận 13/40');
    expect(host.querySelectorAll('td-receipts-tab tr.mat-mdc-row button')).toHaveLength(0);
  });

  it('shows the history newest first, with who did what and why', async () => {
    const plan = planDto({ id: 'plan-22', status: 'issued' });
    await render('viewer', plan);
    expect(actions()).toEqual([]);
    await openTab('Lịch sử');
    const steps: PlanTransitionDto[] = [
      {
        id: 'h1',
        transition: 'create',
        fromStatus: null,
        toStatus: 'draft',
        comment: null,
        actorName: 'Lê Văn Tám',
        at: '2024-01-20T08:00:00Z',
      },
      {
        id: 'h3',
        transition: 'issue',
        fromStatus: 'in_approval',
        toStatus: 'issued',
        comment: null,
        actorName: 'Bùi Đăng Thành',
        at: '2024-01-26T08:00:00Z',
      },
      {
        id: 'h2',
        transition: 'return',
        fromStatus: 'in_approval',
        toStatus: 'draft',
        comment: 'Thêm căn cứ 09/KH-TLĐ.',
        actorName: 'Bùi Đăng Thành',
        at: '2024-01-22T08:00:00Z',
      },
    ];
    backend.expectOne('/api/plans/plan-22/history').flush(steps);
    await settle();
    const items = Array.from(host.querySelectorAll('td-plan-history li'));
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual([
      'Ban hành',
      'Trả lại',
      'Tạo dự thảo',
    ]);
    expect(items[1].querySelector('blockquote')?.textContent).toBe('Thêm căn cứ 09/KH-TLĐ.');
    expect(items[1].textContent).toContain('Chờ duyệt → Dự thảo');
    expect(items[0].textContent).toContain('Bùi Đăng Thành');
  });
});
