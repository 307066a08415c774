import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { today } from '@thidua/admin/core';
import {
  appTranslations,
  provideNoMaterialAnimations,
  provideTranslocoTesting,
} from '@thidua/admin/core/testing';
import { ApiErrorBody } from '@thidua/shared/contracts';
import { detail, NHA_TRANG, ROOT_UNIT, TYPES, unit } from '../../testing/org-fixtures';
import { CreateUnitData, CreateUnitDialog } from './create-unit.dialog';
import { OrgChange } from './org-change-dialog';

describe('CreateUnitDialog', () => {
  let backend: HttpTestingController;
  let ref: MatDialogRef<CreateUnitDialog, OrgChange>;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await TestBed.inject(ApplicationRef).whenStable();
  };
  const pane = () => document.querySelector<HTMLElement>('.cdk-overlay-pane')!;
  const type = (name: string, value: string) => {
    const input = pane().querySelector<HTMLInputElement>(`[formControlName="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const errorOf = (name: string) =>
    pane()
      .querySelector(`[formControlName="${name}"]`)
      ?.closest('mat-form-field')
      ?.querySelector('mat-error')
      ?.textContent?.trim();

  async function open(data: CreateUnitData) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(appTranslations()),
        provideNoMaterialAnimations(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    ref = TestBed.inject(MatDialog).open(CreateUnitDialog, { data });
    await settle();
  }

  afterEach(() => backend.verify());

  it('offers only the types the parent may have below it', async () => {
    await open({ parent: ROOT_UNIT, types: TYPES });
    expect(pane().textContent).toContain('Trực thuộc: Liên đoàn Lao động tỉnh Khánh Hòa');
    pane().querySelector<HTMLElement>('mat-select')!.click();
    await settle();
    const options = Array.from(document.querySelectorAll('mat-option')).map((o) => o.textContent?.trim());
    expect(options).toEqual(['Công đoàn xã, phường, đặc khu', 'Công đoàn cơ sở']);
  });

  it('checks the fields first, then shows the API field errors under their fields', async () => {
    await open({ parent: NHA_TRANG, types: TYPES });
    pane().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
    expect(errorOf('name')).toBe('Vui lòng nhập thông tin này.');
    backend.expectNone('/api/org/units');

    type('name', 'Công đoàn cơ sở Trường Mầm non Hoa Sen');
    type('code', 'CDCS-0100');
    type('memberCount', '35');
    pane().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: '/api/org/units' });
    expect(req.request.body).toEqual({
      code: 'CDCS-0100',
      name: 'Công đoàn cơ sở Trường Mầm non Hoa Sen',
      typeId: 'type-cs', // the only type allowed below a commune union, chosen already
      memberCount: 35,
      parentId: NHA_TRANG.id,
      effectiveDate: today(),
    });
    const body: ApiErrorBody = {
      statusCode: 400,
      error: 'validation_failed',
      message: 'Dữ liệu gửi lên chưa hợp lệ: 2 lỗi.',
      errors: [
        { field: 'code', code: 'unique', message: 'Mã «CDCS-0100» đã được dùng cho đơn vị khác.' },
        { field: 'effectiveDate', code: 'isIso8601', message: 'Ngày hiệu lực không hợp lệ.' },
      ],
    };
    req.flush(body, { status: 400, statusText: 'Bad Request' });
    await settle();
    expect(errorOf('code')).toBe('Mã «CDCS-0100» đã được dùng cho đơn vị khác.');
    expect(pane().querySelector('td-effective-fields mat-error')?.textContent?.trim()).toBe(
      'Ngày hiệu lực không hợp lệ.',
    );
    expect(pane().querySelector('td-alert')).toBeNull();
  });

  it('closes with the branch to reload and the new unit to show', async () => {
    await open({ parent: NHA_TRANG, types: TYPES });
    let change: OrgChange | undefined;
    ref.afterClosed().subscribe((c) => (change = c));
    type('name', 'Công đoàn cơ sở Trường Mầm non Hoa Sen');
    type('code', 'CDCS-0100');
    pane().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
    const created = unit('new', 'Công đoàn cơ sở Trường Mầm non Hoa Sen', { parent: NHA_TRANG });
    backend.expectOne('/api/org/units').flush(detail(created));
    await settle();
    expect(change).toEqual({ parents: [NHA_TRANG.id], select: 'new' });
  });
});
