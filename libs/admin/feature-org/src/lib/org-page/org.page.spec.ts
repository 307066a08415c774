import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  appTranslations,
  provideTranslocoTesting,
  restoreSession,
  roleRules,
  sessionWith,
} from '@thidua/admin/core/testing';
import { detail, NHA_TRANG, pageOf, ROOT_UNIT, SCHOOL, TYPES } from '../../testing/org-fixtures';
import { SEARCH_DEBOUNCE_MS } from '../tree/org-search';
import { OrgPage } from './org.page';

describe('OrgPage', () => {
  let fixture: ComponentFixture<OrgPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;

  const units = (match: (params: URLSearchParams) => boolean): TestRequest =>
    backend.expectOne((r) => r.url === '/api/org/units' && match(new URLSearchParams(r.params.toString())));
  const top = () => units((p) => !p.has('parentId') && !p.has('q'));
  const settle = async (ms = 0) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await fixture.whenStable();
  };

  async function render(role: 'tenant_admin' | 'viewer' = 'tenant_admin') {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(appTranslations()),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await restoreSession(sessionWith(roleRules(role)));
    fixture = TestBed.createComponent(OrgPage);
    host = fixture.nativeElement as HTMLElement;
    backend.expectOne('/api/org/unit-types').flush(TYPES);
  }

  afterEach(() => backend.verify());

  it('loads the children of a unit when it is expanded', async () => {
    await render();
    top().flush(pageOf([ROOT_UNIT]));
    await settle();
    const root = host.querySelector<HTMLElement>('[role="treeitem"]')!;
    expect(root.getAttribute('aria-expanded')).toBe('false');

    root.querySelector<HTMLElement>('.twisty')!.click();
    await settle();
    units((p) => p.get('parentId') === ROOT_UNIT.id).flush(pageOf([NHA_TRANG]));
    await settle();

    const items = Array.from(host.querySelectorAll('[role="treeitem"]'));
    expect(items.map((i) => i.querySelector('.name')?.textContent)).toEqual([ROOT_UNIT.name, NHA_TRANG.name]);
    expect(items[0].getAttribute('aria-expanded')).toBe('true');
    expect(items[1].getAttribute('aria-level')).toBe('2');
  });

  it('opens a unit with the keyboard too', async () => {
    await render();
    top().flush(pageOf([ROOT_UNIT]));
    await settle();
    const root = host.querySelector<HTMLElement>('[role="treeitem"]')!;
    root.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await settle();
    units((p) => p.get('parentId') === ROOT_UNIT.id).flush(pageOf([NHA_TRANG]));
    await settle();
    expect(host.querySelectorAll('[role="treeitem"]')).toHaveLength(2);
  });

  it('searches on the server after a pause and shows each match with the path above it', async () => {
    await render();
    top().flush(pageOf([ROOT_UNIT]));
    await settle();
    const box = host.querySelector<HTMLInputElement>('input[type="search"]')!;
    box.value = 'le thanh ton';
    box.dispatchEvent(new Event('input'));
    await settle();
    backend.expectNone((r) => r.params.has('q'));

    await settle(SEARCH_DEBOUNCE_MS);
    const search = units((p) => p.get('q') === 'le thanh ton');
    expect(search.request.params.get('status')).toBe('active');
    search.flush(pageOf([SCHOOL]));
    await settle();
    // the parent is not loaded in the tree yet: its detail brings the whole chain of names
    backend.expectOne(`/api/org/units/${NHA_TRANG.id}`).flush(detail(NHA_TRANG, [ROOT_UNIT]));
    await settle();

    expect(host.querySelector('.result-count')?.textContent).toContain('Tìm thấy 1 đơn vị');
    expect(host.querySelector('.result-name')?.textContent).toBe(SCHOOL.name);
    expect(host.querySelector('.result-path')?.textContent).toBe(
      'Liên đoàn Lao động tỉnh Khánh Hòa › Công đoàn phường Nha Trang',
    );
  });

  it('helps when there is nothing yet: create the root unit or import a file', async () => {
    await render();
    top().flush(pageOf([]));
    await settle();
    const empty = host.querySelector('td-empty-state')!;
    expect(empty.textContent).toContain('Chưa có đơn vị nào.');
    expect(empty.textContent).toContain('Tạo đơn vị gốc hoặc nhập từ tệp Excel.');
    const buttons = Array.from(empty.querySelectorAll('button')).map((b) => b.textContent?.trim());
    expect(buttons).toEqual(['Tạo đơn vị gốc', 'Nhập từ tệp Excel']);
  });

  it('offers no changes to a viewer', async () => {
    await render('viewer');
    top().flush(pageOf([]));
    await settle();
    expect(host.querySelector('td-empty-state')?.querySelectorAll('button')).toHaveLength(0);
    expect(host.querySelector('td-page-header button')).toBeNull();
  });
});
