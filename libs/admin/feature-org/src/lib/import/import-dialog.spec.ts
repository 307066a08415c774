import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import {
  appTranslations,
  provideNoMaterialAnimations,
  provideTranslocoTesting,
} from '@thidua/admin/core/testing';
import { OrgImportStatus } from '@thidua/shared/contracts';
import { OrgChange } from '../dialogs/org-change-dialog';
import { IMPORT_POLL_MS, ImportDialog } from './import-dialog';

const status = (patch: Partial<OrgImportStatus>): OrgImportStatus => ({
  importId: 'imp-1',
  state: 'validating',
  progress: 0,
  totalRows: 248,
  processedRows: 0,
  createdUnits: 0,
  errors: [],
  ...patch,
});

describe('ImportDialog', () => {
  let backend: HttpTestingController;
  let ref: MatDialogRef<ImportDialog, OrgChange>;

  const settle = async (ms = 0) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await TestBed.inject(ApplicationRef).whenStable();
  };
  const pane = () => document.querySelector<HTMLElement>('.cdk-overlay-pane')!;
  const button = (label: string) =>
    Array.from(pane().querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === label,
    )!;

  /** The next progress check, waiting for the polling interval (at most ~1 s). */
  async function nextCheck(): Promise<TestRequest> {
    for (let i = 0; i < 100; i++) {
      const [req] = backend.match('/api/org/imports/imp-1');
      if (req) return req;
      await settle(10);
    }
    throw new Error('no progress check was sent');
  }

  async function chooseFile(name: string, size = 2048) {
    const input = pane().querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(['x'.repeat(size)], name, { type: 'text/csv' });
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
        { provide: IMPORT_POLL_MS, useValue: 40 },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    ref = TestBed.inject(MatDialog).open(ImportDialog);
    await settle();
  });

  afterEach(() => backend.verify());

  it('refuses a file that is not .xlsx or .csv before uploading', async () => {
    await chooseFile('co-cau.pdf');
    expect(pane().querySelector('.td-field-error')?.textContent).toBe('Chỉ nhận tệp .xlsx hoặc .csv.');
    expect(button('Tải lên và kiểm tra').getAttribute('aria-disabled')).toBe('true');
  });

  it('uploads, follows the progress, then shows the rows to fix and that nothing was imported', async () => {
    const file = await chooseFile('co-cau-to-chuc.csv');
    button('Tải lên và kiểm tra').click();
    await settle();
    const upload = backend.expectOne({ method: 'POST', url: '/api/org/imports' });
    expect((upload.request.body as FormData).get('file')).toEqual(file);
    upload.flush({ importId: 'imp-1' }, { status: 202, statusText: 'Accepted' });
    (await nextCheck()).flush(status({ progress: 40, processedRows: 100 }));
    await settle();
    expect(pane().querySelector('.progress-text')?.textContent).toContain(
      'Đang kiểm tra và nhập: 100/248 dòng',
    );
    expect(pane().querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('40');

    (await nextCheck()).flush(
      status({
        state: 'failed',
        progress: 100,
        processedRows: 248,
        errors: [
          { row: 14, column: 'type', message: 'Loại đơn vị «cong_doan_xa» không tồn tại.' },
          { row: 37, column: 'parent_code', message: 'Không tìm thấy đơn vị cấp trên có mã «CDX-NINH-HOA».' },
        ],
      }),
    );
    await settle(90);
    backend.expectNone('/api/org/imports/imp-1'); // polling stopped

    expect(pane().querySelector('td-alert')?.textContent).toContain('Tệp có 2 lỗi.');
    expect(pane().querySelector('td-alert')?.textContent).toContain('Chưa có đơn vị nào được nhập.');
    const rows = Array.from(pane().querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['14', 'type', 'Loại đơn vị «cong_doan_xa» không tồn tại.'],
      ['37', 'parent_code', 'Không tìm thấy đơn vị cấp trên có mã «CDX-NINH-HOA».'],
    ]);
  });

  it('says how many units were imported and asks the tree to start over', async () => {
    let change: OrgChange | undefined;
    ref.afterClosed().subscribe((c) => (change = c));
    await chooseFile('co-cau-to-chuc.xlsx');
    button('Tải lên và kiểm tra').click();
    await settle();
    backend.expectOne('/api/org/imports').flush({ importId: 'imp-1' });
    (await nextCheck()).flush(
      status({ state: 'completed', progress: 100, processedRows: 248, createdUnits: 247 }),
    );
    await settle();
    expect(pane().querySelector('td-alert')?.textContent).toContain(
      'Đã nhập thành công 247 đơn vị từ 248 dòng.',
    );
    button('Đóng').click();
    await settle();
    expect(change).toEqual({ parents: [null], select: null });
  });
});
