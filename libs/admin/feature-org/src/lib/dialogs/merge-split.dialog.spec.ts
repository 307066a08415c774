import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { today } from '@thidua/admin/core';
import {
  appTranslations,
  provideNoMaterialAnimations,
  provideTranslocoTesting,
} from '@thidua/admin/core/testing';
import { CAM_LAM, detail, NHA_TRANG, pageOf, ROOT_UNIT, TYPES, unit } from '../../testing/org-fixtures';
import { PICKER_DEBOUNCE_MS } from '../picker/org-unit-picker';
import { MergeUnitsDialog } from './merge-units.dialog';
import { SplitUnitDialog } from './split-unit.dialog';

describe('merge and split dialogs', () => {
  let backend: HttpTestingController;

  const settle = async (ms = 0) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await TestBed.inject(ApplicationRef).whenStable();
  };
  const pane = () => document.querySelector<HTMLElement>('.cdk-overlay-pane')!;
  const fill = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = () => pane().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

  /** Types into a unit picker and picks the first match the server sends back. */
  async function pick(label: string, query: string, match: ReturnType<typeof unit>) {
    const field = Array.from(pane().querySelectorAll('td-org-unit-picker')).find((p) =>
      p.querySelector('mat-label')?.textContent?.includes(label),
    )!;
    const input = field.querySelector<HTMLInputElement>('input')!;
    input.dispatchEvent(new Event('focusin'));
    fill(input, query);
    await settle(PICKER_DEBOUNCE_MS + 10);
    backend
      .expectOne((r) => r.url === '/api/org/units' && r.params.get('q') === query)
      .flush(pageOf([match]));
    await settle();
    document.querySelector<HTMLElement>('mat-option')!.click();
    await settle();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(appTranslations()),
        provideNoMaterialAnimations(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('merges the chosen units into an existing unit', async () => {
    TestBed.inject(MatDialog).open(MergeUnitsDialog, { data: { source: NHA_TRANG, types: TYPES } });
    await settle();
    await pick('Thêm đơn vị được sáp nhập', 'cam lam', CAM_LAM);
    expect(Array.from(pane().querySelectorAll('mat-chip')).map((c) => c.textContent?.trim())).toEqual([
      NHA_TRANG.name,
      CAM_LAM.name,
    ]);
    const target = unit('ntm', 'Công đoàn phường Nha Trang mới', { parent: ROOT_UNIT });
    await pick('Đơn vị tiếp nhận', 'nha trang moi', target);
    submit();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: '/api/org/merges' });
    expect(req.request.body).toEqual({
      sourceIds: [NHA_TRANG.id, CAM_LAM.id],
      targetId: 'ntm',
      effectiveDate: today(),
    });
    req.flush(detail(target));
  });

  it('splits a unit into two new units under the same parent, with distinct codes', async () => {
    TestBed.inject(MatDialog).open(SplitUnitDialog, { data: { unit: NHA_TRANG, types: TYPES } });
    await settle();
    const names = pane().querySelectorAll<HTMLInputElement>('[formControlName="name"]');
    const codes = pane().querySelectorAll<HTMLInputElement>('[formControlName="code"]');
    expect(names).toHaveLength(2);
    fill(names[0], 'Công đoàn phường Bắc Nha Trang');
    fill(names[1], 'Công đoàn phường Nam Nha Trang');
    fill(codes[0], 'CDP-BNT');
    fill(codes[1], 'cdp-bnt');
    const reason = pane().querySelector<HTMLTextAreaElement>('textarea')!;
    reason.value = 'Theo Nghị quyết 1667/NQ-UBTVQH15';
    reason.dispatchEvent(new Event('input'));
    submit();
    await settle();
    backend.expectNone('/api/org/units/nt/split');
    expect(pane().querySelector('td-alert')?.textContent).toContain('Mỗi đơn vị mới phải có một mã riêng.');

    fill(codes[1], 'CDP-NNT');
    submit();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: '/api/org/units/nt/split' });
    expect(req.request.body).toEqual({
      targets: [
        { code: 'CDP-BNT', name: 'Công đoàn phường Bắc Nha Trang', typeId: 'type-commune', parentId: 'root' },
        { code: 'CDP-NNT', name: 'Công đoàn phường Nam Nha Trang', typeId: 'type-commune', parentId: 'root' },
      ],
      effectiveDate: today(),
      reason: 'Theo Nghị quyết 1667/NQ-UBTVQH15',
    });
    req.flush([]);
  });
});
