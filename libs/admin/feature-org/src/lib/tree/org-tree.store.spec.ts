import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { today } from '@thidua/admin/core';
import { provideTranslocoTesting } from '@thidua/admin/core/testing';
import { NHA_TRANG, pageOf, ROOT_UNIT, SCHOOL, unit } from '../../testing/org-fixtures';
import { OrgTreeStore, ROOT } from './org-tree.store';

describe('OrgTreeStore', () => {
  let store: OrgTreeStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslocoTesting(), OrgTreeStore],
    });
    store = TestBed.inject(OrgTreeStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  const units = (parentId: string | null): TestRequest =>
    backend.expectOne(
      (r) =>
        r.url === '/api/org/units' &&
        (parentId ? r.params.get('parentId') === parentId : !r.params.has('parentId')),
    );
  const settle = () => new Promise((resolve) => setTimeout(resolve));
  const names = () =>
    store.rows().map((row) => (row.kind === 'unit' ? `${row.level}:${row.unit.name}` : row.kind));

  it('loads the top level for today, active units, by name', async () => {
    const loaded = store.reset();
    const req = units(null);
    expect(req.request.params.get('asOf')).toBe(today());
    expect(req.request.params.get('status')).toBe('active');
    expect(req.request.params.get('sort')).toBe('name');
    expect(req.request.params.get('pageSize')).toBe('50');
    req.flush(pageOf([ROOT_UNIT]));
    await loaded;
    expect(names()).toEqual(['1:Liên đoàn Lao động tỉnh Khánh Hòa']);
  });

  it('fetches the children of a unit the first time it opens, and only then', async () => {
    const loaded = store.reset();
    units(null).flush(pageOf([ROOT_UNIT]));
    await loaded;

    const opened = store.toggle(ROOT_UNIT.id);
    expect(store.rows()[0]).toMatchObject({ kind: 'unit', expanded: true, loading: true });
    units(ROOT_UNIT.id).flush(pageOf([NHA_TRANG]));
    await opened;
    expect(names()).toEqual(['1:Liên đoàn Lao động tỉnh Khánh Hòa', '2:Công đoàn phường Nha Trang']);

    await store.toggle(ROOT_UNIT.id);
    expect(names()).toEqual(['1:Liên đoàn Lao động tỉnh Khánh Hòa']);
    await store.toggle(ROOT_UNIT.id);
    backend.expectNone('/api/org/units');
    expect(names()).toHaveLength(2);
  });

  it('offers the rest of a long list of children 50 at a time', async () => {
    const loaded = store.reset();
    units(null).flush(pageOf([NHA_TRANG]));
    await loaded;
    const first = Array.from({ length: 50 }, (_, i) =>
      unit(`cs${i}`, `Công đoàn cơ sở ${i}`, { parent: NHA_TRANG }),
    );
    const opened = store.expand(NHA_TRANG.id);
    units(NHA_TRANG.id).flush(pageOf(first, 64));
    await opened;
    expect(store.rows().at(-1)).toMatchObject({ kind: 'more', parentId: NHA_TRANG.id, remaining: 14 });

    const more = store.loadMore(NHA_TRANG.id);
    const req = units(NHA_TRANG.id);
    expect(req.request.params.get('page')).toBe('2');
    req.flush(pageOf([SCHOOL], 64, 2));
    await more;
    expect(store.rows().filter((row) => row.kind === 'unit')).toHaveLength(52);
  });

  it('starts over with the tree as it stood on another date', async () => {
    const loaded = store.reset();
    units(null).flush(pageOf([ROOT_UNIT]));
    await loaded;
    const opened = store.expand(ROOT_UNIT.id);
    units(ROOT_UNIT.id).flush(pageOf([NHA_TRANG]));
    await opened;

    store.setAsOf('2025-06-30');
    const req = units(null);
    expect(req.request.params.get('asOf')).toBe('2025-06-30');
    req.flush(pageOf([ROOT_UNIT]));
    await settle();
    expect(store.expanded().size).toBe(0);
    expect(names()).toEqual(['1:Liên đoàn Lao động tỉnh Khánh Hòa']);
  });

  it('shows a failed branch with its error and tries again', async () => {
    const loaded = store.reset();
    units(null).flush(
      { statusCode: 503, error: 'x', message: 'Máy chủ đang bận.' },
      { status: 503, statusText: 'x' },
    );
    await loaded;
    expect(store.top()?.error).toBe('Máy chủ đang bận.');
    const again = store.loadBranch(ROOT);
    units(null).flush(pageOf([ROOT_UNIT]));
    await again;
    expect(store.top()?.error).toBeNull();
  });
});
