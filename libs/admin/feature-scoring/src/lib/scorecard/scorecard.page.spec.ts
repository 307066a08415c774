import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  appTranslations,
  provideNoMaterialAnimations,
  provideTranslocoTesting,
  restoreSession,
  roleRules,
  sessionWith,
} from '@thidua/admin/core/testing';
import { ScorecardDto } from '@thidua/shared/contracts';
import { RoleKey } from '@thidua/shared/permissions';
import { scorecardDto, submittedCard } from '../../testing/scoring-fixtures';
import { ScorecardPage } from './scorecard.page';

const URL = '/api/plans/plan-22/scorecards/unit-1';

describe('ScorecardPage', () => {
  let fixture: ComponentFixture<ScorecardPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;

  const settle = async (ms = 0) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await TestBed.inject(ApplicationRef).whenStable();
  };
  const button = (root: ParentNode, label: string) =>
    Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === label,
    );
  const type = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const pane = () => document.querySelector<HTMLElement>('.cdk-overlay-pane')!;
  const text = (selector: string) => host.querySelector(selector)?.textContent?.trim();
  const inputs = (name: string) =>
    Array.from(host.querySelectorAll<HTMLInputElement>(`td-score-sheet input[formcontrolname="${name}"]`));

  async function render(role: RoleKey, answer: ScorecardDto | { status: number; body: object }) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(appTranslations()),
        provideNoMaterialAnimations(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await restoreSession(sessionWith(roleRules(role), {}, ['/root/']));
    fixture = TestBed.createComponent(ScorecardPage);
    fixture.componentRef.setInput('planId', 'plan-22');
    fixture.componentRef.setInput('unitId', 'unit-1');
    host = fixture.nativeElement as HTMLElement;
    await settle();
    const get = backend.expectOne(URL);
    if ('items' in answer) {
      get.flush(answer);
      await settle();
      backend.expectOne(`${URL}/history`).flush([]);
    } else {
      get.flush(answer.body, { status: answer.status, statusText: 'Error' });
    }
    await settle();
  }

  afterEach(() => backend.verify());

  it('totals the unit’s points as they are typed, shows the band, then saves and submits', async () => {
    await render('unit_officer', scorecardDto());
    expect(inputs('review')).toHaveLength(0);
    const [a, b, c] = inputs('self');
    type(a, '38');
    type(b, '18');
    await settle();
    expect(text('[data-total="self"]')).toBe('56');
    expect(host.querySelector('td-score-summary')?.textContent).toContain('Còn 1 tiêu chí chưa chấm');
    expect(host.querySelector('td-score-sheet')?.textContent).toContain('Tự chấm 56/60');
    type(c, '35');
    type(host.querySelector<HTMLInputElement>('input[formcontrolname="bonusSelf"]')!, '5');
    await settle();
    expect(text('[data-total="self"]')).toBe('96');
    expect(text('td-score-summary .band')).toBe('Vững mạnh xuất sắc');

    button(host, 'Gửi phiếu tự chấm')!.click();
    await settle();
    const put = backend.expectOne({ method: 'PUT', url: URL });
    expect(put.request.body).toEqual({
      version: 3,
      items: [
        { code: '1.1', points: 38, note: null },
        { code: '1.2', points: 18, note: null },
        { code: '2.1', points: 35, note: null },
      ],
      bonus: { points: 5, note: null },
    });
    put.flush(submittedCard({ status: 'draft', editable: true, version: 4 }));
    await settle();
    backend.expectOne(`${URL}/history`).flush([]);
    backend.expectOne({ method: 'POST', url: `${URL}/submit` }).flush(submittedCard({ version: 5 }));
    await settle();
    backend.expectOne(`${URL}/history`).flush([]);
    await settle();
    expect(text('td-scorecard-status-chip')).toBe('Chờ chấm');
    expect(button(host, 'Gửi phiếu tự chấm')).toBeUndefined();
    expect(inputs('self')).toHaveLength(0);
  });

  it('lets a reviewer save points with a reason, then finalise; finalising waits for unsaved points', async () => {
    await render('emulation_officer', submittedCard({ reviewable: true }));
    expect(inputs('self')).toHaveLength(0);
    type(inputs('review')[0], '30');
    await settle();
    expect(text('[data-total="review"]')).toBe('88');
    expect(button(host, 'Chốt điểm')!.disabled).toBe(true);

    button(host, 'Lưu điểm chấm')!.click();
    await settle();
    button(pane(), 'Lưu điểm chấm')!.click();
    await settle();
    expect(pane().textContent).toContain('Vui lòng nhập thông tin này.');
    type(pane().querySelector('textarea')!, 'Thiếu biên bản thương lượng.');
    button(pane(), 'Lưu điểm chấm')!.click();
    await settle();
    const review = backend.expectOne({ method: 'PUT', url: `${URL}/review` });
    expect(review.request.body).toEqual({
      version: 3,
      items: [{ code: '1.1', points: 30, note: null }],
      bonus: null,
      reason: 'Thiếu biên bản thương lượng.',
    });
    const reviewed = submittedCard({
      reviewable: true,
      version: 4,
      reviewTotal: 88,
      reviewBand: 'Vững mạnh xuất sắc',
      items: submittedCard().items.map((i) => (i.code === '1.1' ? { ...i, review: 30 } : i)),
    });
    review.flush(reviewed);
    await settle();
    backend.expectOne(`${URL}/history`).flush([
      {
        id: 'e1',
        kind: 'review',
        changes: [{ code: '1.1', side: 'review', from: null, to: 30 }],
        total: 88,
        comment: 'Thiếu biên bản thương lượng.',
        actorName: 'Cán bộ Ban thi đua',
        at: '2026-03-03T08:00:00Z',
      },
    ]);
    await settle();
    expect(host.querySelector('td-score-history')?.textContent).toContain('1.1 (cấp trên): — → 30');

    expect(button(host, 'Chốt điểm')!.disabled).toBe(false);
    button(host, 'Chốt điểm')!.click();
    await settle();
    expect(pane().textContent).toContain('với tổng 88 điểm');
    button(pane(), 'Chốt điểm')!.click();
    await settle();
    const decision = backend.expectOne({ method: 'POST', url: `${URL}/decision` });
    expect(decision.request.body).toEqual({ decision: 'finalize' });
    decision.flush(
      submittedCard({
        ...reviewed,
        status: 'final',
        reviewable: false,
        reopenable: true,
        finalTotal: 88,
        finalBand: 'Vững mạnh xuất sắc',
        version: 5,
      }),
    );
    await settle();
    backend.expectOne(`${URL}/history`).flush([]);
    await settle();
    expect(text('td-scorecard-status-chip')).toBe('Đã chốt điểm');
    expect(text('[data-total="final"]')).toBe('88');
    expect(button(host, 'Mở lại')).toBeDefined();
  });

  it('returns a scorecard only with a comment and shows it to the unit', async () => {
    await render('emulation_officer', submittedCard({ reviewable: true }));
    button(host, 'Trả lại')!.click();
    await settle();
    type(pane().querySelector('textarea')!, 'Bổ sung minh chứng tiêu chí 2.1.');
    button(pane(), 'Trả lại')!.click();
    await settle();
    const decision = backend.expectOne({ method: 'POST', url: `${URL}/decision` });
    expect(decision.request.body).toEqual({
      decision: 'return',
      comment: 'Bổ sung minh chứng tiêu chí 2.1.',
    });
    decision.flush(
      submittedCard({ status: 'returned', decisionComment: 'Bổ sung minh chứng tiêu chí 2.1.', version: 4 }),
    );
    await settle();
    backend.expectOne(`${URL}/history`).flush([]);
    await settle();
    expect(text('td-alert.returned')).toContain('Bổ sung minh chứng tiêu chí 2.1.');
  });

  it('explains that the plan has no criteria set yet', async () => {
    await render('unit_officer', {
      status: 409,
      body: {
        statusCode: 409,
        error: 'scoring_no_criteria',
        message:
          'Kế hoạch chưa gắn bảng tiêu chí chấm điểm. Đơn vị ban hành kế hoạch cần chọn bảng tiêu chí trước.',
        errors: [],
      },
    });
    expect(text('td-empty-state h2')).toBe('Kế hoạch chưa có bảng tiêu chí chấm điểm');
    expect(host.querySelector('td-empty-state')?.textContent).toContain('cần chọn bảng tiêu chí trước');
    expect(host.querySelector('td-error-state')).toBeNull();
  });
});
