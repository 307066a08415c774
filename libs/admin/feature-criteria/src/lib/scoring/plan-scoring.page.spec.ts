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
import { PlanScoringDto } from '@thidua/shared/contracts';
import { criteriaSetDto, planDto, scoringDto } from '../../testing/criteria-fixtures';
import { PlanScoringPage } from './plan-scoring.page';

const SCORING = '/api/plans/plan-7/scoring';
const PUBLISHED = criteriaSetDto({ id: 'set-9', name: 'Bảng chấm điểm 2027', status: 'published' });

describe('PlanScoringPage', () => {
  let fixture: ComponentFixture<PlanScoringPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await TestBed.inject(ApplicationRef).whenStable();
  };
  const button = (root: ParentNode, label: string) =>
    Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === label,
    );

  async function render(scoring: PlanScoringDto) {
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
    await restoreSession(sessionWith(roleRules('emulation_officer')));
    fixture = TestBed.createComponent(PlanScoringPage);
    fixture.componentRef.setInput('planId', 'plan-7');
    host = fixture.nativeElement as HTMLElement;
    await settle();
    backend.expectOne('/api/plans/plan-7').flush(planDto());
    backend.expectOne(SCORING).flush(scoring);
    await settle();
    if (scoring.changeable) {
      const list = backend.expectOne((r) => r.url === '/api/criteria-sets');
      expect(list.request.params.get('status')).toBe('published');
      list.flush({ items: [PUBLISHED], total: 1, page: 1, pageSize: 100 });
    }
    await settle();
    backend
      .expectOne((r) => r.url === '/api/clusters' && r.params.get('planId') === 'plan-7')
      .flush({ items: [], total: 0, page: 1, pageSize: 100 });
    await settle();
  }

  afterEach(() => backend.verify());

  it('attaches a published set picked from the list, then shows its summary', async () => {
    await render(scoringDto());
    expect(host.querySelector('td-page-header')?.textContent).toContain('07/KH-LĐLĐ');
    expect(host.textContent).toContain('Kế hoạch chưa gắn bảng tiêu chí');
    expect(host.textContent).toContain('Kế hoạch chưa có cụm, khối thi đua');
    expect(button(host, 'Gắn bảng tiêu chí')?.disabled).toBe(true);

    host.querySelector<HTMLElement>('mat-select .mat-mdc-select-trigger')!.click();
    await settle();
    const option = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((o) =>
      o.textContent?.includes('Bảng chấm điểm 2027'),
    );
    expect(option?.textContent).toContain('30 điểm');
    option!.click();
    await settle();
    button(host, 'Gắn bảng tiêu chí')!.click();
    await settle();
    const put = backend.expectOne({ method: 'PUT', url: SCORING });
    expect(put.request.body).toEqual({ criteriaSetId: 'set-9' });
    put.flush(scoringDto({ criteriaSet: PUBLISHED }));
    await settle();
    expect(host.querySelector('.set-name')?.textContent).toContain('Bảng chấm điểm 2027');
    expect(host.querySelector('td-criteria-summary')?.textContent).toContain('Vững mạnh xuất sắc');
    expect(button(host, 'Bỏ gắn')).toBeDefined();
  });

  it('shows the API message when the set cannot be attached', async () => {
    await render(scoringDto());
    fixture.componentInstance['picked'].set('set-9');
    await settle();
    button(host, 'Gắn bảng tiêu chí')!.click();
    await settle();
    backend.expectOne({ method: 'PUT', url: SCORING }).flush(
      {
        statusCode: 409,
        error: 'scoring_locked',
        message:
          'Kế hoạch đã có 3 phiếu chấm điểm theo bảng tiêu chí hiện tại; không đổi bảng tiêu chí được nữa.',
        errors: [],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(host.querySelector('td-alert')?.textContent).toContain('Kế hoạch đã có 3 phiếu chấm điểm');
  });

  it('says why the set can no longer change once units have scorecards', async () => {
    await render(
      scoringDto({ criteriaSet: PUBLISHED, scorecardCount: 4, changeable: false, clustersEditable: false }),
    );
    expect(host.querySelector('.locked')?.textContent).toContain('đã có 4 phiếu chấm điểm');
    expect(host.querySelector('mat-select')).toBeNull();
    expect(button(host, 'Bỏ gắn')).toBeUndefined();
    expect(button(host, 'Thêm cụm/khối')).toBeUndefined();
  });
});
