import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import {
  appTranslations,
  nextRequest,
  provideNoMaterialAnimations,
  provideTranslocoTesting,
  restoreSession,
  roleRules,
  sessionWith,
} from '@thidua/admin/core/testing';
import { CreatePlanRequest, OrgUnitDto, Page } from '@thidua/shared/contracts';
import { importResult, planDto, seedContent, templateDto } from '../../testing/plan-fixtures';
import { PlanDraftStore } from '../data/plan-draft.store';
import { PlanEditorPage } from './plan-editor.page';

const orgUnit = (id: string, name: string, parentId: string | null = 'root'): OrgUnitDto => ({
  id,
  code: id.toUpperCase(),
  name,
  typeId: 't',
  typeCode: parentId ? 'commune_union' : 'province_federation',
  typeName: parentId ? 'Công đoàn xã, phường, đặc khu' : 'Liên đoàn Lao động tỉnh, thành phố',
  parentId,
  path: parentId ? `/root/${id}/` : '/root/',
  depth: parentId ? 1 : 0,
  address: null,
  memberCount: null,
  status: 'active',
  validFrom: '2025-07-01',
  validTo: null,
  childCount: 0,
});
const unitsPage = (items: OrgUnitDto[]): Page<OrgUnitDto> => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 200,
});

describe('PlanEditorPage', () => {
  let fixture: ComponentFixture<PlanEditorPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;
  let navigate: jest.SpyInstance;

  const settle = async (ms = 0) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await fixture.whenStable();
  };
  const field = (name: string) => host.querySelector<HTMLInputElement>(`[formControlName="${name}"]`)!;
  const type = (element: HTMLInputElement | HTMLTextAreaElement, value: string) => {
    element.value = value;
    element.dispatchEvent(new Event('input'));
  };
  const button = (label: string) =>
    Array.from(host.querySelectorAll<HTMLButtonElement>('button')).find((b) =>
      b.textContent?.trim().startsWith(label),
    )!;
  const signer = (name: 'title' | 'name') =>
    host.querySelector<HTMLInputElement>(
      `section[aria-labelledby="s-signature"] [formControlName="${name}"]`,
    )!;
  const summaryField = () => host.querySelector<HTMLTextAreaElement>('textarea[formControlName="title"]')!;
  const errorOf = (element: Element) =>
    element.closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim();

  /** A new plan asks for the issuer's template first. */
  async function renderNew(before?: () => void, template = templateDto()) {
    await render(undefined, before);
    const req = backend.expectOne((r) => r.url === '/api/plans/template');
    expect(req.request.params.keys()).toEqual([]);
    req.flush(template);
    await settle();
  }

  async function render(id?: string, before?: () => void) {
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
    before?.();
    await restoreSession(sessionWith(roleRules('emulation_officer'), {}, ['/root/']));
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(PlanEditorPage);
    if (id) fixture.componentRef.setInput('id', id);
    host = fixture.nativeElement as HTMLElement;
    await settle();
  }

  afterEach(() => backend.verify());

  it('builds the create request from the form, with the suggested phases of the year, and saves it', async () => {
    await renderNew();
    // A new plan starts from the issuer's template: header lines, symbol, place and signer.
    expect(field('place').value).toBe('Khánh Hòa');
    expect(field('docSymbol').value).toBe('KH-LĐ');
    expect(field('year').value).toBe('2025');
    expect(Array.from(host.querySelectorAll('.head .left p')).map((p) => p.textContent?.trim())).toEqual([
      'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      'LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH HÒA',
    ]);
    expect(host.querySelector<HTMLInputElement>('td-org-unit-picker input')?.value).toBe(
      'Liên đoàn Lao động tỉnh Khánh Hòa (LDLD)',
    );
    expect(signer('title').value).toBe('CHỦ TỊCH');
    type(field('year'), '2024');
    type(field('issuedDate'), '2024-01-26');
    type(summaryField(), 'Phát động phong trào thi đua yêu nước năm 2024');
    await settle();
    expect(host.querySelector('.place-date')?.textContent?.trim()).toBe(
      'Khánh Hòa, ngày 26 tháng 01 năm 2024',
    );
    expect(host.querySelector('.number')?.textContent?.trim()).toBe('Số: …/KH-LĐ');

    button('Gợi ý theo năm 2024').click();
    await settle();
    const phases = host.querySelectorAll('td-phases-section .phase');
    expect(phases).toHaveLength(2);
    expect(phases[0].querySelector('.round')?.textContent?.trim()).toBe('tròn năm');

    host.querySelector<HTMLButtonElement>('td-units-field button')!.click();
    await settle();
    backend
      .expectOne((r) => r.url === '/api/org/units' && !r.params.has('parentId'))
      .flush(unitsPage([orgUnit('root', 'Liên đoàn Lao động tỉnh Khánh Hòa', null)]));
    await settle();
    const children = backend.expectOne(
      (r) => r.url === '/api/org/units' && r.params.get('parentId') === 'root',
    );
    expect(children.request.params.get('pageSize')).toBe('200');
    children.flush(
      unitsPage([orgUnit('nt', 'Công đoàn phường Nha Trang'), orgUnit('cr', 'Công đoàn phường Cam Ranh')]),
    );
    await settle();
    expect(host.querySelector('td-units-field .count')?.textContent?.trim()).toBe('Đã chọn 2 đơn vị');

    type(signer('title'), 'PHÓ CHỦ TỊCH THƯỜNG TRỰC');
    type(signer('name'), 'Bùi Đăng Thành');
    await settle();

    button('Lưu dự thảo').click();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: '/api/plans' });
    const body = req.request.body as CreatePlanRequest;
    expect(body.issuerUnitId).toBe('root');
    expect(body.recipientUnitIds).toEqual(['nt', 'cr']);
    expect(body.content).toMatchObject({
      docNo: null,
      docSymbol: 'KH-LĐ',
      place: 'Khánh Hòa',
      issuedDate: '2024-01-26',
      year: 2024,
      title: 'Phát động phong trào thi đua yêu nước năm 2024',
      bases: [],
      theme: null,
      archive: 'Lưu: VT',
      signature: {
        mode: 'TM',
        body: 'BAN THƯỜNG VỤ',
        title: 'PHÓ CHỦ TỊCH THƯỜNG TRỰC',
        name: 'Bùi Đăng Thành',
      },
    });
    expect(body.content.phases.map((p) => [p.name, p.from, p.to])).toEqual([
      ['Đợt 1', '2024-01-01', '2024-07-31'],
      ['Đợt 2', '2024-08-01', '2024-12-31'],
    ]);
    expect(body.content.phases[0].commemorations).toContainEqual({
      dayKey: 'trade-union-founding',
      text: 'kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/2024)',
    });
    req.flush(planDto({ id: 'new-plan' }), { status: 201, statusText: 'Created' });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/plans', 'new-plan']);
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });

  it('puts the API field problems next to their fields, and the rest above the form', async () => {
    await renderNew();
    type(summaryField(), 'Phát động phong trào thi đua năm 2025');
    type(signer('name'), 'Bùi Đăng Thành');
    await settle();
    button('Lưu dự thảo').click();
    await settle();
    backend.expectOne({ method: 'POST', url: '/api/plans' }).flush(
      {
        statusCode: 400,
        error: 'validation_failed',
        message: 'Kế hoạch chưa hợp lệ.',
        errors: [
          { field: 'content.signature.name', code: 'maxLength', message: 'Họ tên quá dài.' },
          { field: 'recipientUnitIds', code: 'arrayMinSize', message: 'Chọn ít nhất một đơn vị nhận.' },
          {
            field: 'content.attachments',
            code: 'whitelist',
            message: 'Trường “attachments” không được phép.',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(errorOf(signer('name'))).toBe('Họ tên quá dài.');
    expect(host.querySelector('.units-error')?.textContent?.trim()).toBe('Chọn ít nhất một đơn vị nhận.');
    expect(host.querySelector('td-alert')?.textContent).toContain('Trường “attachments” không được phép.');
    expect(navigate).not.toHaveBeenCalled();
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);
  });

  it('does not send a form with missing required fields', async () => {
    await renderNew();
    button('Lưu dự thảo').click();
    await settle();
    backend.expectNone('/api/plans');
    expect(host.querySelector('td-alert')?.textContent).toContain('Còn thông tin chưa hợp lệ');
    expect(errorOf(signer('name'))).toBe('Vui lòng nhập thông tin này.');
  });

  it('starts from an imported draft', async () => {
    await renderNew(() => TestBed.inject(PlanDraftStore).put(importResult()));
    expect(summaryField().value).toBe(
      'Phát động phong trào thi đua yêu nước trong CNVCLĐ tỉnh Khánh Hòa năm 2024',
    );
    expect(host.querySelector('td-alert')?.textContent).toContain('nhận diện được 14 mục, còn 6 mục');
    expect(host.querySelectorAll('td-bases-section .entry')).toHaveLength(1);
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);
  });

  it("keeps an imported document's number, and fills what it did not say from the issuer's template", async () => {
    const draft = seedContent({ place: '', docSymbol: '', issuedDate: '2024-01-26' });
    await renderNew(() => TestBed.inject(PlanDraftStore).put(importResult({ draft })));
    expect(
      host.querySelector<HTMLInputElement>('input[readonly][placeholder="Cấp khi ban hành"]')?.value,
    ).toBe('22');
    expect(host.querySelector('.number')?.textContent?.trim()).toBe('Số: 22/KH-LĐ');
    expect(field('place').value).toBe('Khánh Hòa');
    expect(signer('title').value).toBe('PHÓ CHỦ TỊCH THƯỜNG TRỰC');
    button('Lưu dự thảo').click();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: '/api/plans' });
    expect(req.request.body.content).toMatchObject({ docNo: 22, docSymbol: 'KH-LĐ', place: 'Khánh Hòa' });
    req.flush(planDto({ id: 'imported' }), { status: 201, statusText: 'Created' });
    await settle();
  });

  it("takes another issuer's header, symbol and signer when the issuing unit is changed", async () => {
    await renderNew();
    const picker = host.querySelector<HTMLInputElement>('td-org-unit-picker input')!;
    picker.focus();
    type(picker, 'Trường Tiểu học');
    (
      await nextRequest(backend, (r) => r.url === '/api/org/units' && r.params.get('q') === 'Trường Tiểu học')
    ).flush(unitsPage([orgUnit('cdcs-1', 'Công đoàn cơ sở Trường Tiểu học Nha Trang', 'xa-1')]));
    await settle();
    document.querySelector<HTMLElement>('mat-option')!.click();
    await settle();
    backend
      .expectOne((r) => r.url === '/api/plans/template' && r.params.get('issuerUnitId') === 'cdcs-1')
      .flush(
        templateDto({
          issuer: { id: 'cdcs-1', code: 'CDCS-1', name: 'Công đoàn cơ sở Trường Tiểu học Nha Trang' },
          header: {
            superior: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH HÒA',
            issuer: 'CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC NHA TRANG',
          },
          content: {
            ...templateDto().content,
            docSymbol: 'KH-CĐ',
            signature: { mode: 'TM', body: 'BAN CHẤP HÀNH', title: 'CHỦ TỊCH', name: '' },
          },
        }),
      );
    await settle();
    expect(field('docSymbol').value).toBe('KH-CĐ');
    expect(host.querySelector('.signature .strong')?.textContent?.trim()).toBe('TM. BAN CHẤP HÀNH');
    expect(host.querySelector('.head .left .issuer')?.textContent?.trim()).toBe(
      'CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC NHA TRANG',
    );
    type(signer('name'), 'Trần Thị Mai');
    type(summaryField(), 'Thi đua năm 2025');
    await settle();
    button('Lưu dự thảo').click();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: '/api/plans' });
    expect(req.request.body.issuerUnitId).toBe('cdcs-1');
    req.flush(planDto({ id: 'p' }), { status: 201, statusText: 'Created' });
    await settle();
  });

  it('shows why a new plan cannot start when the template does not load, and tries again', async () => {
    await render();
    backend
      .expectOne((r) => r.url === '/api/plans/template')
      .flush(
        { statusCode: 500, error: 'internal', message: 'Lỗi máy chủ.' },
        { status: 500, statusText: 'x' },
      );
    await settle();
    expect(host.querySelector('td-error-state')?.textContent).toContain('Không tải được mẫu kế hoạch');
    host.querySelector<HTMLButtonElement>('td-error-state button')!.click();
    await settle();
    backend.expectOne((r) => r.url === '/api/plans/template').flush(templateDto());
    await settle();
    expect(field('docSymbol').value).toBe('KH-LĐ');
  });

  it('updates a draft with its version, and offers to reload when someone else saved first', async () => {
    await render('plan-22');
    backend
      .expectOne('/api/plans/plan-22')
      .flush(planDto({ id: 'plan-22', status: 'draft', editable: true }));
    await settle();
    expect(host.querySelector('.number')?.textContent?.trim()).toBe('Số: 22/KH-LĐ');
    type(signer('name'), 'Nguyễn Văn A');
    await settle();
    button('Lưu dự thảo').click();
    await settle();
    const put = backend.expectOne({ method: 'PUT', url: '/api/plans/plan-22' });
    expect(put.request.body.version).toBe(3);
    expect(put.request.body.recipientUnitIds).toEqual(['u-nt', 'u-cr']);
    expect(put.request.body.content.signature.name).toBe('Nguyễn Văn A');
    put.flush(
      {
        statusCode: 409,
        error: 'plan_version_conflict',
        message: 'Kế hoạch đã được người khác sửa và lưu trước.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    const alert = host.querySelector('td-alert')!;
    expect(alert.textContent).toContain('Kế hoạch vừa được người khác lưu.');
    expect(alert.textContent).toContain('Kế hoạch đã được người khác sửa và lưu trước.');
    button('Tải lại bản mới nhất').click();
    await settle();
    backend
      .expectOne('/api/plans/plan-22')
      .flush(planDto({ id: 'plan-22', status: 'draft', editable: true, version: 4 }));
    await settle();
    expect(signer('name').value).toBe('Bùi Đăng Thành');
    expect(host.querySelector('td-alert')).toBeNull();
  });
});
