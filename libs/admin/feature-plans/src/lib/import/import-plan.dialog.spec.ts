import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import {
  appTranslations,
  provideNoMaterialAnimations,
  provideTranslocoTesting,
} from '@thidua/admin/core/testing';
import { PLAN_IMPORT_FIELDS } from '@thidua/shared/contracts';
import { importResult } from '../../testing/plan-fixtures';
import { PlanDraftStore } from '../data/plan-draft.store';
import { ImportPlanDialog } from './import-plan.dialog';

describe('ImportPlanDialog', () => {
  let backend: HttpTestingController;
  let ref: MatDialogRef<ImportPlanDialog, boolean>;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await TestBed.inject(ApplicationRef).whenStable();
  };
  const pane = () => document.querySelector<HTMLElement>('.cdk-overlay-pane')!;
  const button = (label: string) =>
    Array.from(pane().querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === label,
    )!;

  async function chooseFile(name: string, size = 2048) {
    const input = pane().querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(['x'.repeat(size)], name);
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
    return file;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(appTranslations()),
        provideNoMaterialAnimations(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    ref = TestBed.inject(MatDialog).open(ImportPlanDialog);
    await settle();
  });

  afterEach(() => backend.verify());

  it('refuses a file it cannot read before uploading', async () => {
    await chooseFile('ke-hoach.pdf');
    expect(pane().querySelector('.td-field-error')?.textContent).toBe('Chỉ nhận tệp .docx, .txt hoặc .md.');
    expect(button('Đọc văn bản').getAttribute('aria-disabled')).toBe('true');
    await chooseFile('ke-hoach.docx', 6 * 1024 * 1024);
    expect(pane().querySelector('.td-field-error')?.textContent).toBe('Tệp lớn hơn 5 MB.');
  });

  it('uploads the file, and shows what the server says when it cannot read it', async () => {
    const file = await chooseFile('22-KH-LD.docx');
    button('Đọc văn bản').click();
    await settle();
    const upload = backend.expectOne({ method: 'POST', url: '/api/plans/import' });
    expect((upload.request.body as FormData).get('file')).toEqual(file);
    upload.flush(
      { statusCode: 422, error: 'plan_import_unreadable', message: 'Không đọc được nội dung tệp .docx.' },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    expect(pane().querySelector('td-alert')?.textContent).toContain('Không đọc được nội dung tệp .docx.');
    expect(pane().querySelector('input[type="file"]')).not.toBeNull();
  });

  it('reads pasted text, then lists each field, the missing ones, the warnings and the leftovers', async () => {
    button('Dán nội dung').click();
    await settle();
    const area = pane().querySelector<HTMLTextAreaElement>('textarea')!;
    area.value = 'Số: 22/KH-LĐ\nKhánh Hòa, ngày 26 tháng 01 năm 2024';
    area.dispatchEvent(new Event('input'));
    await settle();
    button('Đọc văn bản').click();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: '/api/plans/import' });
    expect(req.request.body).toEqual({ text: 'Số: 22/KH-LĐ\nKhánh Hòa, ngày 26 tháng 01 năm 2024' });
    req.flush(importResult());
    await settle();

    expect(pane().querySelector('h2')?.textContent).toBe('Kiểm tra kết quả nhận diện');
    expect(pane().querySelector('.td-dialog-lead')?.textContent).toContain('Nhận diện được 14/20 mục.');
    const rows = Array.from(pane().querySelectorAll<HTMLElement>('li.field'));
    expect(rows.map((r) => r.dataset['field'])).toEqual([...PLAN_IMPORT_FIELDS]);
    const missing = rows
      .filter((r) => r.classList.contains('missing'))
      .map((r) => r.querySelector('.name')?.textContent);
    expect(missing).toEqual([
      'Số',
      'Bối cảnh',
      'Chủ đề hoạt động công đoàn',
      'Đoạn mở đầu nội dung',
      'Nơi nhận báo cáo',
      'Đoạn kết',
    ]);
    const value = (field: string) =>
      rows
        .find((r) => r.dataset['field'] === field)
        ?.querySelector('.value')
        ?.textContent?.trim();
    expect(value('phases')).toBe('1 đợt: 01/01/2024 – 31/07/2024');
    expect(value('bases')).toBe('1 căn cứ: 09/KH-TLĐ');
    expect(value('issuedDate')).toBe('26/01/2024');
    expect(value('signature')).toBe('TM. BAN THƯỜNG VỤ — PHÓ CHỦ TỊCH THƯỜNG TRỰC — Bùi Đăng Thành');
    expect(value('docNo')).toBe('Chưa nhận diện được — bổ sung sau');
    expect(pane().querySelector('.warnings')?.textContent).toContain('viết thiếu số 0');
    expect(pane().textContent).toContain('Đoạn chưa xếp được vào mục nào (1)');
    const leftover = Array.from(pane().querySelectorAll('tbody td')).map((td) => td.textContent?.trim());
    expect(leftover).toEqual(['57', 'Các đơn vị gửi ảnh hoạt động về Văn phòng.']);

    let closed: boolean | undefined;
    ref.afterClosed().subscribe((value) => (closed = value));
    button('Tạo bản nháp').click();
    await settle();
    expect(closed).toBe(true);
    expect(TestBed.inject(PlanDraftStore).take()?.draft.title).toBe(
      'Phát động phong trào thi đua yêu nước trong CNVCLĐ tỉnh Khánh Hòa năm 2024',
    );
  });
});
