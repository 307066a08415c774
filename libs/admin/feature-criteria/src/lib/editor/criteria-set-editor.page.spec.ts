import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import {
  appTranslations,
  provideNoMaterialAnimations,
  provideTranslocoTesting,
  restoreSession,
  roleRules,
  sessionWith,
} from '@thidua/admin/core/testing';
import { CriteriaSetDto } from '@thidua/shared/contracts';
import { criteriaSetDto } from '../../testing/criteria-fixtures';
import { CriteriaSetEditorPage } from './criteria-set-editor.page';

const URL = '/api/criteria-sets/set-1';

describe('CriteriaSetEditorPage', () => {
  let fixture: ComponentFixture<CriteriaSetEditorPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
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
  const total = () => host.querySelector('td-totals-panel .grand-total')?.textContent?.trim();
  const pointsInputs = () => host.querySelectorAll<HTMLInputElement>('input[formcontrolname="maxPoints"]');

  async function render(set: CriteriaSetDto) {
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
    await restoreSession(sessionWith(roleRules('emulation_officer')));
    fixture = TestBed.createComponent(CriteriaSetEditorPage);
    fixture.componentRef.setInput('id', 'set-1');
    host = fixture.nativeElement as HTMLElement;
    await settle();
    backend.expectOne(URL).flush(set);
    await settle();
  }

  afterEach(() => backend.verify());

  it('adds up the points as they are typed, per group and in all', async () => {
    await render(criteriaSetDto());
    expect(total()).toBe('30');
    expect(host.querySelector('[data-group="0"]')?.textContent).toContain('15 điểm');
    type(pointsInputs()[0], '12.5');
    await settle();
    expect(total()).toBe('32,5');
    expect(host.querySelector('[data-group="0"]')?.textContent).toContain('17,5 điểm');
    expect(host.querySelector('td-totals-panel')?.textContent).toContain('Đủ điều kiện ban hành.');

    button(host, 'Thêm tiêu chí')!.click();
    await settle();
    expect(host.querySelectorAll('td-criteria-groups .criterion')).toHaveLength(4);
    expect(host.querySelectorAll<HTMLInputElement>('input[formcontrolname="code"]')[3].value).toBe('1.3');
  });

  it('saves the draft with the version it was loaded at and shows what the API refuses', async () => {
    await render(criteriaSetDto());
    type(pointsInputs()[2], '25');
    await settle();
    expect(host.querySelector('td-totals-panel')?.textContent).toContain('Điểm cao nhất có thể đạt');
    button(host, 'Lưu nháp')!.click();
    await settle();
    const put = backend.expectOne({ method: 'PUT', url: URL });
    expect(put.request.body.version).toBe(3);
    expect(put.request.body.groups[1].criteria[0].maxPoints).toBe(25);
    put.flush(
      {
        statusCode: 400,
        error: 'criteria_band_order',
        message:
          'Các mức xếp loại phải xếp từ cao xuống thấp: mức «Vững mạnh» phải cần ít điểm hơn mức đứng trên nó.',
        errors: [],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(host.querySelector('td-alert')?.textContent).toContain('mức «Vững mạnh» phải cần ít điểm hơn');

    button(host, 'Lưu nháp')!.click();
    await settle();
    backend.expectOne({ method: 'PUT', url: URL }).flush(
      {
        statusCode: 400,
        error: 'validation_failed',
        message: 'Dữ liệu chưa hợp lệ.',
        errors: [{ field: 'groups.0.criteria.1.maxPoints', message: 'Điểm tối đa phải từ 0,5.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    const criterion = host.querySelectorAll('td-criteria-groups .criterion')[1];
    expect(criterion.querySelector('mat-error')?.textContent).toContain('Điểm tối đa phải từ 0,5.');
  });

  it('does not send a form with an empty criterion; it says which fields need fixing', async () => {
    await render(criteriaSetDto());
    type(host.querySelectorAll<HTMLTextAreaElement>('textarea[formcontrolname="text"]')[0], '');
    await settle();
    button(host, 'Lưu nháp')!.click();
    await settle();
    backend.expectNone({ method: 'PUT', url: URL });
    expect(host.querySelector('td-alert')?.textContent).toContain('Còn ô chưa điền đúng');
    expect(host.querySelector('td-totals-panel')?.textContent).toContain('Còn ô bắt buộc chưa điền');
    expect(host.querySelector('td-totals-panel')?.textContent).not.toContain('Đủ điều kiện ban hành.');
  });

  it('shows a published set read-only, with why, and copies it to a new draft', async () => {
    await render(
      criteriaSetDto({
        status: 'published',
        editable: false,
        publishable: false,
        deletable: false,
        planCount: 2,
      }),
    );
    expect(host.querySelector('form')).toBeNull();
    expect(host.querySelector('td-alert')?.textContent).toContain(
      'Bảng tiêu chí đã ban hành nên được giữ nguyên',
    );
    expect(host.querySelector('td-criteria-summary')?.textContent).toContain('Thương lượng tập thể');
    expect(button(host, 'Lưu nháp')).toBeUndefined();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    button(host, 'Tạo bản sao để sửa')!.click();
    await settle();
    backend.expectOne({ method: 'POST', url: `${URL}/copy` }).flush(criteriaSetDto({ id: 'set-2' }));
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/criteria-sets', 'set-2']);
  });
});
