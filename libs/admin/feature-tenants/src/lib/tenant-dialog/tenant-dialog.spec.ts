import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import {
  appTranslations,
  provideNoMaterialAnimations,
  provideTranslocoTesting,
} from '@thidua/admin/core/testing';
import { TenantDto } from '@thidua/shared/contracts';
import { tenant } from '../../testing/tenant-fixtures';
import { TenantDialog, TenantDialogData } from './tenant-dialog';

describe('TenantDialog', () => {
  let backend: HttpTestingController;
  let closedWith: TenantDto | undefined;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await TestBed.inject(ApplicationRef).whenStable();
  };
  const pane = () => document.querySelector<HTMLElement>('.cdk-overlay-pane')!;
  const input = (name: string) => pane().querySelector<HTMLInputElement>(`[formControlName="${name}"]`)!;
  const fill = (name: string, value: string) => {
    input(name).value = value;
    input(name).dispatchEvent(new Event('input'));
  };
  const errorOf = (name: string) =>
    input(name).closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim();
  const save = () => pane().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

  async function open(data: TenantDialogData) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(appTranslations()),
        provideNoMaterialAnimations(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    closedWith = undefined;
    TestBed.inject(MatDialog)
      .open(TenantDialog, { data })
      .afterClosed()
      .subscribe((t: TenantDto | undefined) => (closedWith = t));
    await settle();
  }

  afterEach(() => backend.verify());

  it('creates a tenant, with the second header line following the name', async () => {
    await open({});
    expect(pane().querySelector('h2')?.textContent).toBe('Thêm đơn vị thuê bao');
    fill('name', 'Liên đoàn Lao động tỉnh Gia Lai');
    fill('code', 'gia-lai');
    fill('placeName', 'Gia Lai');
    await settle();
    expect(input('headerIssuer').value).toBe('LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI');
    expect(pane().querySelector('.preview')?.textContent).toContain('Gia Lai, ngày … tháng … năm …');
    save();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: '/api/tenants' });
    expect(req.request.body).toEqual({
      code: 'gia-lai',
      name: 'Liên đoàn Lao động tỉnh Gia Lai',
      issuerCode: 'LĐ',
      headerSuperior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      headerIssuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI',
      placeName: 'Gia Lai',
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    const created = tenant('gia-lai', 'Liên đoàn Lao động tỉnh Gia Lai');
    req.flush(created);
    await settle();
    expect(closedWith).toEqual(created);
  });

  it('checks the code format, then shows the API field errors under their fields', async () => {
    await open({});
    fill('name', 'Liên đoàn Lao động tỉnh Khánh Hòa');
    fill('code', 'Khánh Hòa');
    fill('placeName', 'Khánh Hòa');
    save();
    await settle();
    expect(errorOf('code')).toContain('chữ thường không dấu');
    backend.expectNone('/api/tenants');

    fill('code', 'khanh-hoa');
    save();
    await settle();
    backend.expectOne('/api/tenants').flush(
      {
        statusCode: 409,
        error: 'tenant_code_taken',
        message: 'Mã đơn vị đã được dùng.',
        errors: [
          { field: 'code', code: 'taken', message: 'Mã «khanh-hoa» đã được một đơn vị khác sử dụng.' },
        ],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(errorOf('code')).toBe('Mã «khanh-hoa» đã được một đơn vị khác sử dụng.');
    expect(closedWith).toBeUndefined();
  });

  it('edits a tenant with PATCH and keeps its second header line', async () => {
    const existing = tenant('khanh-hoa', 'Liên đoàn Lao động tỉnh Khánh Hòa');
    await open({ tenant: existing });
    expect(pane().querySelector('h2')?.textContent).toBe('Sửa thông tin đơn vị thuê bao');
    fill('name', 'Liên đoàn Lao động tỉnh Khánh Hòa (mới)');
    await settle();
    expect(input('headerIssuer').value).toBe(existing.headerIssuer);
    save();
    await settle();
    const req = backend.expectOne({ method: 'PATCH', url: '/api/tenants/khanh-hoa' });
    expect(req.request.body.name).toBe('Liên đoàn Lao động tỉnh Khánh Hòa (mới)');
    req.flush({ ...existing, name: req.request.body.name });
  });
});
