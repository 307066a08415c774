import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  appTranslations,
  provideNoMaterialAnimations,
  provideTranslocoTesting,
  restoreSession,
  roleRules,
  sessionWith,
} from '@thidua/admin/core/testing';
import { PhaseReportDto } from '@thidua/shared/contracts';
import { RoleKey } from '@thidua/shared/permissions';
import { reportDto } from '../../testing/participation-fixtures';
import { ReportPage } from './report.page';

const URL = '/api/plans/plan-22/phases/phase-1/reports/unit-1';

describe('ReportPage', () => {
  let fixture: ComponentFixture<ReportPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;

  const settle = async (ms = 0) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await TestBed.inject(ApplicationRef).whenStable();
  };
  const button = (root: ParentNode, label: string) =>
    Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === label,
    );
  const type = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const chooseFile = (file: File) => {
    const input = host.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
  };

  async function render(role: RoleKey, report: PhaseReportDto) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(appTranslations()),
        provideNoMaterialAnimations(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await restoreSession(sessionWith(roleRules(role), {}, ['/root/']));
    fixture = TestBed.createComponent(ReportPage);
    fixture.componentRef.setInput('planId', 'plan-22');
    fixture.componentRef.setInput('phaseId', 'phase-1');
    fixture.componentRef.setInput('unitId', 'unit-1');
    host = fixture.nativeElement as HTMLElement;
    await settle();
    backend.expectOne(URL).flush(report);
    await settle();
  }

  afterEach(() => backend.verify());

  it('sends the actual values against the registered targets with the version, and shows the share reached', async () => {
    await render('unit_officer', reportDto());
    expect(host.textContent).toContain('Hạn báo cáo 10/08/2024');
    const values = () => host.querySelectorAll<HTMLInputElement>('table.indicators input');
    type(host.querySelector('textarea')!, 'Đã hoàn thành phần lớn chỉ tiêu.');
    type(values()[0], '15');
    type(values()[1], 'còn thiếu 5');
    await settle();
    expect(host.querySelector('td.reached')?.textContent).toContain('75%');

    button(host, 'Lưu')!.click();
    await settle();
    const put = backend.expectOne({ method: 'PUT', url: URL });
    expect(put.request.body).toEqual({
      version: 3,
      narrative: 'Đã hoàn thành phần lớn chỉ tiêu.',
      indicators: [{ targetIndex: 0, actualValue: 15, note: 'còn thiếu 5' }],
    });
    put.flush(
      reportDto({
        version: 4,
        narrative: 'Đã hoàn thành phần lớn chỉ tiêu.',
        indicators: put.request.body.indicators,
      }),
    );
    await settle();

    button(host, 'Gửi báo cáo')!.click();
    await settle();
    backend.expectOne({ method: 'POST', url: `${URL}/submit` }).flush(
      reportDto({
        status: 'submitted',
        editable: false,
        onTime: true,
        submittedAt: '2024-08-01T08:00:00Z',
      }),
    );
    await settle();
    expect(host.textContent).toContain('Đúng hạn');
  });

  it('uploads evidence as multipart, and shows the server refusing a file inline', async () => {
    await render('unit_officer', reportDto());
    chooseFile(new File(['%PDF-1.7\n%%EOF'], 'bien-ban.pdf', { type: 'application/pdf' }));
    await settle();
    const upload = backend.expectOne({ method: 'POST', url: `${URL}/evidence` });
    expect((upload.request.body as FormData).get('file')).toBeInstanceOf(File);
    const evidence = {
      id: 'ev-1',
      fileName: 'bien-ban.pdf',
      contentType: 'application/pdf',
      size: 2048,
      uploadedAt: '2024-08-01T08:00:00Z',
    };
    upload.flush(evidence);
    await settle();
    backend.expectOne(URL).flush(reportDto({ version: 4, evidence: [evidence] }));
    await settle();
    expect(host.querySelector('.files')?.textContent).toContain('bien-ban.pdf');
    expect(host.querySelector('.files')?.textContent).toContain('PDF · 2 KB');

    chooseFile(new File(['MZ'], 'virus.pdf', { type: 'application/pdf' }));
    await settle();
    backend.expectOne({ method: 'POST', url: `${URL}/evidence` }).flush(
      {
        statusCode: 400,
        error: 'evidence_type',
        message: 'Chỉ nhận tệp PDF, JPG, PNG, DOCX hoặc XLSX.',
        errors: [],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(host.querySelector('.evidence td-alert')?.textContent).toContain('Chỉ nhận tệp PDF');

    button(host, 'Lưu')!.click();
    await settle();
    expect(backend.expectOne({ method: 'PUT', url: URL }).request.body.version).toBe(4);
  });

  it('lets a reviewer accept with an optional comment', async () => {
    await render('emulation_officer', reportDto({ status: 'submitted', editable: false, reviewable: true }));
    expect(host.querySelector('input[type="file"]')).toBeNull();
    button(host, 'Duyệt')!.click();
    await settle();
    const pane = document.querySelector<HTMLElement>('.cdk-overlay-pane')!;
    button(pane, 'Duyệt')!.click();
    await settle();
    const review = backend.expectOne({ method: 'POST', url: `${URL}/review` });
    expect(review.request.body).toEqual({ decision: 'accept' });
    review.flush(
      reportDto({
        status: 'accepted',
        editable: false,
        reviewerName: 'Cán bộ Ban thi đua',
        reviewedAt: '2024-08-02T08:00:00Z',
      }),
    );
    await settle();
    expect(host.querySelector('td-participation-status-chip')?.textContent?.trim()).toBe('Đã duyệt');
  });
});
