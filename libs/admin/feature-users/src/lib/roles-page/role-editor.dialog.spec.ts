import { roleDefinition } from '@thidua/shared/permissions';
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
import { RoleDto } from '@thidua/shared/contracts';
import { RoleEditorDialog } from './role-editor.dialog';

const emulationOfficer: RoleDto = {
  key: 'emulation_officer',
  name: 'Cán bộ thi đua',
  description: 'Cán bộ Ban thi đua của LĐLĐ.',
  scope: 'tenant',
  rules: [{ action: 'read', subject: ['OrgUnit', 'OrgUnitType', 'User'] }],
  customized: false,
};

describe('RoleEditorDialog', () => {
  let backend: HttpTestingController;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await TestBed.inject(ApplicationRef).whenStable();
  };
  const pane = () => document.querySelector<HTMLElement>('.cdk-overlay-pane')!;
  const boxes = () => Array.from(pane().querySelectorAll('mat-checkbox'));
  const box = (label: string) =>
    boxes()
      .find((b) => b.textContent?.trim() === label)!
      .querySelector<HTMLInputElement>('input')!;
  const save = () =>
    Array.from(pane().querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === 'Lưu',
    )!;

  async function open(role: RoleDto) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(appTranslations()),
        provideNoMaterialAnimations(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(MatDialog).open(RoleEditorDialog, { data: { role } });
    await settle();
  }

  afterEach(() => backend.verify());

  it('lists each permission in words, all ticked, and saves nothing until one is unticked', async () => {
    await open({ ...emulationOfficer, rules: roleDefinition('emulation_officer').rules });
    expect(boxes().map((b) => b.textContent?.trim())).toEqual([
      'Xem Đơn vị',
      'Xem Loại đơn vị',
      'Xem Người dùng',
      'Xem Tiếp nhận kế hoạch',
      'Xem Kế hoạch thi đua (trong phạm vi đơn vị được giao)',
      'Tạo Kế hoạch thi đua (trong phạm vi đơn vị được giao)',
      'Sửa Kế hoạch thi đua (trong phạm vi đơn vị được giao)',
      'Xóa Kế hoạch thi đua (trong phạm vi đơn vị được giao)',
      'Quản lý Danh mục phong trào',
      'Quản lý Bảng tiêu chí chấm điểm',
      'Xem Cụm, khối thi đua',
      'Tạo Cụm, khối thi đua',
      'Sửa Cụm, khối thi đua',
      'Xóa Cụm, khối thi đua',
      'Xem Bản đăng ký thi đua (trong phạm vi đơn vị được giao)',
      'Xem Báo cáo sơ kết, tổng kết (trong phạm vi đơn vị được giao)',
      'Xem Phiếu chấm điểm (trong phạm vi đơn vị được giao)',
      'Duyệt Bản đăng ký thi đua (trong phạm vi đơn vị được giao)',
      'Duyệt Báo cáo sơ kết, tổng kết (trong phạm vi đơn vị được giao)',
      'Duyệt Phiếu chấm điểm (trong phạm vi đơn vị được giao)',
    ]);
    expect(boxes().every((b) => b.querySelector('input')?.checked)).toBe(true);
    expect(save().getAttribute('aria-disabled')).toBe('true');
  });

  it('sends only the permissions left ticked', async () => {
    await open(emulationOfficer);
    box('Xem Người dùng').click();
    await settle();
    save().click();
    await settle();
    const req = backend.expectOne({ method: 'PUT', url: '/api/roles/emulation_officer' });
    expect(req.request.body).toEqual({
      rules: [
        { action: 'read', subject: 'OrgUnit' },
        { action: 'read', subject: 'OrgUnitType' },
      ],
    });
    req.flush({ ...emulationOfficer, rules: req.request.body.rules, customized: true });
  });

  it('lets a narrowed role get back a permission of its default, and nothing beyond it', async () => {
    await open({ ...emulationOfficer, rules: [{ action: 'read', subject: 'OrgUnit' }], customized: true });
    expect(boxes().map((b) => [b.textContent?.trim(), b.querySelector('input')?.checked])).toEqual([
      ['Xem Đơn vị', true],
      ['Xem Loại đơn vị', false],
      ['Xem Người dùng', false],
      ['Xem Tiếp nhận kế hoạch', false],
      ['Xem Kế hoạch thi đua (trong phạm vi đơn vị được giao)', false],
      ['Tạo Kế hoạch thi đua (trong phạm vi đơn vị được giao)', false],
      ['Sửa Kế hoạch thi đua (trong phạm vi đơn vị được giao)', false],
      ['Xóa Kế hoạch thi đua (trong phạm vi đơn vị được giao)', false],
      ['Quản lý Danh mục phong trào', false],
      ['Quản lý Bảng tiêu chí chấm điểm', false],
      ['Xem Cụm, khối thi đua', false],
      ['Tạo Cụm, khối thi đua', false],
      ['Sửa Cụm, khối thi đua', false],
      ['Xóa Cụm, khối thi đua', false],
      ['Xem Bản đăng ký thi đua (trong phạm vi đơn vị được giao)', false],
      ['Xem Báo cáo sơ kết, tổng kết (trong phạm vi đơn vị được giao)', false],
      ['Xem Phiếu chấm điểm (trong phạm vi đơn vị được giao)', false],
      ['Duyệt Bản đăng ký thi đua (trong phạm vi đơn vị được giao)', false],
      ['Duyệt Báo cáo sơ kết, tổng kết (trong phạm vi đơn vị được giao)', false],
      ['Duyệt Phiếu chấm điểm (trong phạm vi đơn vị được giao)', false],
    ]);
    box('Xem Loại đơn vị').click();
    await settle();
    save().click();
    await settle();
    const req = backend.expectOne('/api/roles/emulation_officer');
    expect(req.request.body.rules).toEqual([
      { action: 'read', subject: 'OrgUnit' },
      { action: 'read', subject: 'OrgUnitType' },
    ]);
    req.flush(emulationOfficer);
  });

  it('keeps at least one permission', async () => {
    await open({ ...emulationOfficer, rules: [{ action: 'read', subject: 'OrgUnit' }] });
    box('Xem Đơn vị').click();
    await settle();
    expect(pane().textContent).toContain('Vai trò phải còn ít nhất một quyền.');
    expect(save().getAttribute('aria-disabled')).toBe('true');
  });
});
