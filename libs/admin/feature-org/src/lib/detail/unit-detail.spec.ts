import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import {
  appTranslations,
  provideTranslocoTesting,
  restoreSession,
  roleRules,
  sessionWith,
} from '@thidua/admin/core/testing';
import { OrgUnitEventDto } from '@thidua/shared/contracts';
import { detail, NHA_TRANG, pageOf, ROOT_UNIT, SCHOOL, TYPES } from '../../testing/org-fixtures';
import { UnitDetail } from './unit-detail';

const HISTORY: OrgUnitEventDto[] = [
  {
    id: 'e1',
    kind: 'created',
    effectiveDate: '2025-07-01',
    reason: 'Theo Quyết định số 112/QĐ-LĐLĐ',
    details: {},
    actorName: 'Nguyễn Thị Thu Hằng',
    recordedAt: '2025-06-20T08:12:00Z',
  },
  {
    id: 'e2',
    kind: 'renamed',
    effectiveDate: '2025-09-01',
    reason: null,
    details: { fromName: 'Công đoàn phường Vĩnh Hải', toName: 'Công đoàn phường Nha Trang' },
    actorName: null,
    recordedAt: '2025-08-28T02:40:00Z',
  },
];

describe('UnitDetail', () => {
  let fixture: ComponentFixture<UnitDetail>;
  let host: HTMLElement;
  let backend: HttpTestingController;

  async function render(rules: Parameters<typeof sessionWith>[0], unitPaths: string[] = []) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(appTranslations()),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await restoreSession(sessionWith(rules, {}, unitPaths));
    fixture = TestBed.createComponent(UnitDetail);
    fixture.componentRef.setInput('unitId', NHA_TRANG.id);
    fixture.componentRef.setInput('types', TYPES);
    fixture.componentRef.setInput('asOf', '2026-11-22');
    fixture.componentRef.setInput('status', 'active');
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    backend.expectOne(`/api/org/units/${NHA_TRANG.id}`).flush(detail(NHA_TRANG, [ROOT_UNIT]));
    backend.expectOne(`/api/org/units/${NHA_TRANG.id}/history`).flush(HISTORY);
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    children().flush(pageOf([SCHOOL], 23, 1, 10));
    await fixture.whenStable();
  }

  const children = () =>
    backend.expectOne((r) => r.url === '/api/org/units' && r.params.get('parentId') === NHA_TRANG.id);

  const actions = () =>
    Array.from(host.querySelectorAll('.actions button')).map((b) => b.textContent?.trim());

  afterEach(() => backend.verify());

  it('shows where the unit sits, its facts and its history, newest first', async () => {
    await render(roleRules('tenant_admin'));
    expect(host.querySelector('.crumbs')?.textContent).toContain(ROOT_UNIT.name);
    expect(host.querySelector('h2')?.textContent).toBe(NHA_TRANG.name);
    expect(host.querySelector('.facts')?.textContent).toContain('01/07/2025');
    expect(host.querySelector('.facts')?.textContent).toContain('Đang có hiệu lực');
    const events = Array.from(host.querySelectorAll('td-history-timeline li'));
    expect(events[0].textContent).toContain('Đổi tên');
    expect(events[0].textContent).toContain(
      'Từ «Công đoàn phường Vĩnh Hải» thành «Công đoàn phường Nha Trang»',
    );
    expect(events[0].textContent).toContain('Ghi nhận bởi hệ thống');
    expect(events[1].textContent).toContain('Thành lập');
    expect(events[1].textContent).toContain('Lý do: Theo Quyết định số 112/QĐ-LĐLĐ');
  });

  it('lists the units below, sorted and paginated on the server', async () => {
    await render(roleRules('tenant_admin'));
    const rows = host.querySelectorAll('td-children-table tr.mat-mdc-row');
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain(SCHOOL.name);

    host.querySelector<HTMLButtonElement>('td-children-table .mat-mdc-paginator-navigation-next')!.click();
    await fixture.whenStable();
    const next = children();
    expect(next.request.params.toString()).toBe(
      'parentId=nt&asOf=2026-11-22&status=active&sort=name&page=2&pageSize=10',
    );
    next.flush(pageOf([], 23, 2, 10));

    host.querySelector<HTMLElement>('td-children-table mat-select')!.click();
    await fixture.whenStable();
    Array.from(document.querySelectorAll<HTMLElement>('mat-option'))
      .find((o) => o.textContent?.trim() === 'Số đoàn viên')!
      .click();
    await fixture.whenStable();
    const sorted = children();
    expect(sorted.request.params.get('sort')).toBe('memberCount');
    expect(sorted.request.params.get('page')).toBe('1');
    sorted.flush(pageOf([SCHOOL], 23, 1, 10));
  });

  it('offers every change to an administrator', async () => {
    await render(roleRules('tenant_admin'));
    expect(actions()).toEqual([
      'Thêm đơn vị trực thuộc',
      'Đổi tên',
      'Chuyển đơn vị',
      'Sáp nhập',
      'Chia tách',
      'Giải thể',
    ]);
  });

  it('offers nothing to a reader of their own subtree', async () => {
    await render(roleRules('unit_officer'), [NHA_TRANG.path]);
    expect(host.querySelector('.actions')).toBeNull();
    expect(host.querySelector('h2')?.textContent).toBe(NHA_TRANG.name);
  });

  it('offers changes only inside the subtree a rule is limited to', async () => {
    const rules = [
      { action: 'update' as const, subject: 'OrgUnit' as const, condition: 'inSubtree' as const },
    ];
    await render(rules, ['/root/other/']);
    expect(host.querySelector('.actions')).toBeNull();
  });

  it('offers the changes a rule allows on units of the subtree it is held on', async () => {
    const rules = [
      { action: 'update' as const, subject: 'OrgUnit' as const, condition: 'inSubtree' as const },
    ];
    await render(rules, [ROOT_UNIT.path]);
    expect(actions()).toEqual(['Đổi tên', 'Chuyển đơn vị', 'Sáp nhập', 'Chia tách', 'Giải thể']);
  });
});
