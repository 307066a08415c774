import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
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
import { MovementDto, Page } from '@thidua/shared/contracts';
import { RoleKey } from '@thidua/shared/permissions';
import { MovementsPage } from './movements.page';

const movement = (id: string, patch: Partial<MovementDto> = {}): MovementDto => ({
  id,
  name: 'Lao động giỏi, Lao động sáng tạo',
  kind: 'regular',
  launcher: 'Tổng Liên đoàn Lao động Việt Nam',
  fromYear: null,
  toYear: null,
  description: null,
  source: 'national',
  active: true,
  ...patch,
});
const MOVEMENTS = [
  movement('m-1'),
  movement('m-2', {
    name: 'Công nhân Khánh Hòa vì biển đảo quê hương',
    kind: 'thematic',
    launcher: 'Liên đoàn Lao động tỉnh Khánh Hòa',
    fromYear: 2024,
    toYear: 2025,
    source: 'tenant',
  }),
  movement('m-3', { name: 'An toàn lao động mùa mưa bão', source: 'plugin:khanh-hoa', fromYear: 2023 }),
];

describe('MovementsPage', () => {
  let fixture: ComponentFixture<MovementsPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;

  const settle = async (ms = 0) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await fixture.whenStable();
  };
  const list = (): TestRequest => backend.expectOne((r) => r.url === '/api/movements');
  const page = (items: MovementDto[]): Page<MovementDto> => ({
    items,
    total: items.length,
    page: 1,
    pageSize: 20,
  });
  const pane = () => document.querySelector<HTMLElement>('.cdk-overlay-pane')!;

  async function render(role: RoleKey) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(appTranslations()),
        provideNoMaterialAnimations(),
        provideTranslatedPaginator(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await restoreSession(sessionWith(roleRules(role), {}, ['/root/']));
    fixture = TestBed.createComponent(MovementsPage);
    host = fixture.nativeElement as HTMLElement;
    await settle();
  }

  afterEach(() => backend.verify());

  it('lists the catalogue with kind, period and source, and searches on the server', async () => {
    await render('emulation_officer');
    const first = list();
    expect(first.request.params.toString()).toBe('active=true&page=1&pageSize=20');
    first.flush(page(MOVEMENTS));
    await settle();
    const rows = Array.from(host.querySelectorAll('tr.mat-mdc-row'));
    const cells = (row: Element) =>
      Array.from(row.querySelectorAll('td')).map((td) => td.textContent?.trim());
    expect(cells(rows[0]).slice(1, 5)).toEqual([
      'Thường xuyên',
      'Tổng Liên đoàn Lao động Việt Nam',
      'Không thời hạn',
      'Quốc gia',
    ]);
    expect(cells(rows[1]).slice(1, 5)).toEqual([
      'Chuyên đề',
      'Liên đoàn Lao động tỉnh Khánh Hòa',
      '2024–2025',
      'LĐLĐ',
    ]);
    expect(cells(rows[2])[3]).toBe('Từ 2023');
    expect(cells(rows[2])[4]).toBe('Plugin');
    // Only the federation's own entry can be edited.
    expect(rows.map((row) => !!row.querySelector('td.row-actions button'))).toEqual([false, true, false]);

    const search = host.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'biển đảo';
    search.dispatchEvent(new Event('input'));
    const searched = await nextRequest(backend, (r) => r.url === '/api/movements');
    expect(searched.request.params.get('q')).toBe('biển đảo');
    searched.flush(page([]));
    await settle();
    expect(host.querySelector('td-empty-state')?.textContent).toContain('Không có phong trào nào phù hợp');
  });

  it('adds a movement of the federation', async () => {
    await render('emulation_officer');
    list().flush(page(MOVEMENTS));
    await settle();
    host.querySelector<HTMLButtonElement>('td-page-header button')!.click();
    await settle();
    const fill = (name: string, value: string) => {
      const input = pane().querySelector<HTMLInputElement>(`[formControlName="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    fill('name', 'Công nhân Khánh Hòa vì biển đảo quê hương');
    fill('launcher', 'Liên đoàn Lao động tỉnh Khánh Hòa');
    fill('fromYear', '2024');
    pane().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: '/api/movements' });
    expect(req.request.body).toEqual({
      name: 'Công nhân Khánh Hòa vì biển đảo quê hương',
      kind: 'regular',
      launcher: 'Liên đoàn Lao động tỉnh Khánh Hòa',
      fromYear: 2024,
      toYear: null,
      description: null,
    });
    req.flush(MOVEMENTS[1]);
    await settle();
    list().flush(page(MOVEMENTS));
    await settle();
  });

  it('shows a unit officer the catalogue without changes', async () => {
    await render('unit_officer');
    list().flush(page(MOVEMENTS));
    await settle();
    expect(host.querySelector('td-page-header button')).toBeNull();
    expect(host.querySelectorAll('td.row-actions button')).toHaveLength(0);
  });
});
