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
import { RegistrationDto } from '@thidua/shared/contracts';
import { RoleKey } from '@thidua/shared/permissions';
import { planWithMovements, registrationDto } from '../../testing/participation-fixtures';
import { RegistrationPage } from './registration.page';

const URL = '/api/plans/plan-22/registrations/unit-1';

describe('RegistrationPage', () => {
  let fixture: ComponentFixture<RegistrationPage>;
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
  const pane = () => document.querySelector<HTMLElement>('.cdk-overlay-pane')!;
  const type = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  async function render(role: RoleKey, registration: RegistrationDto) {
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
    fixture = TestBed.createComponent(RegistrationPage);
    fixture.componentRef.setInput('planId', 'plan-22');
    fixture.componentRef.setInput('unitId', 'unit-1');
    host = fixture.nativeElement as HTMLElement;
    await settle();
    backend.expectOne(URL).flush(registration);
    backend.expectOne('/api/plans/plan-22').flush(planWithMovements(['Lao động giỏi', 'Xanh – Sạch – Đẹp']));
    await settle();
  }

  afterEach(() => backend.verify());

  it('saves the form as the PUT body with the version it was loaded at, then submits it', async () => {
    await render('unit_officer', registrationDto());
    expect(host.textContent).toContain('Hạn đăng ký 15/03/2024');
    expect(host.querySelector('td-participation-status-chip')?.textContent?.trim()).toBe('Chưa đăng ký');

    host.querySelectorAll<HTMLInputElement>('mat-checkbox input')[0].click();
    const inputs = () => host.querySelectorAll<HTMLInputElement>('.target-row input');
    type(inputs()[0], 'Kết nạp đoàn viên mới');
    type(inputs()[1], 'đoàn viên');
    type(inputs()[2], '20');
    button(host, 'Thêm chỉ tiêu')!.click();
    await settle();
    type(inputs()[4], 'Sáng kiến');
    type(inputs()[5], 'sáng kiến');
    type(inputs()[6], '4');
    type(inputs()[7], 'cấp cơ sở');
    await settle();

    button(host, 'Lưu')!.click();
    await settle();
    const put = backend.expectOne({ method: 'PUT', url: URL });
    expect(put.request.body).toEqual({
      version: 0,
      movements: ['Lao động giỏi'],
      targets: [
        { content: 'Kết nạp đoàn viên mới', unitOfMeasure: 'đoàn viên', plannedValue: 20, note: null },
        { content: 'Sáng kiến', unitOfMeasure: 'sáng kiến', plannedValue: 4, note: 'cấp cơ sở' },
      ],
      collectiveTitles: [],
      individualTitles: [],
    });
    put.flush(registrationDto({ ...put.request.body, id: 'reg-1', version: 1 }));
    await settle();

    button(host, 'Gửi đăng ký')!.click();
    await settle();
    const submit = backend.expectOne({ method: 'POST', url: `${URL}/submit` });
    submit.flush(
      registrationDto({
        id: 'reg-1',
        version: 2,
        status: 'submitted',
        editable: false,
        submittedAt: '2024-03-01T08:00:00Z',
      }),
    );
    await settle();
    expect(host.querySelector('td-participation-status-chip')?.textContent?.trim()).toBe('Đã gửi');
    expect(button(host, 'Lưu')).toBeUndefined();
  });

  it('shows the message of a version conflict', async () => {
    await render(
      'unit_officer',
      registrationDto({
        id: 'reg-1',
        version: 4,
        targets: [{ content: 'A', unitOfMeasure: '%', plannedValue: 90, note: null }],
      }),
    );
    button(host, 'Lưu')!.click();
    await settle();
    const put = backend.expectOne({ method: 'PUT', url: URL });
    expect(put.request.body.version).toBe(4);
    put.flush(
      {
        statusCode: 409,
        error: 'participation_version_conflict',
        message: 'Bản đăng ký vừa được người khác sửa.',
        errors: [],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(host.querySelector('td-alert')?.textContent).toContain('Bản đăng ký vừa được người khác sửa.');
  });

  it('lets a reviewer accept, and asks for a reason before returning', async () => {
    await render(
      'emulation_officer',
      registrationDto({ id: 'reg-1', version: 2, status: 'submitted', editable: false, reviewable: true }),
    );
    expect(button(host, 'Gửi đăng ký')).toBeUndefined();
    expect(host.querySelector<HTMLInputElement>('.target-row input')).toBeNull();

    button(host, 'Trả lại')!.click();
    await settle();
    button(pane(), 'Trả lại')!.click();
    await settle();
    backend.expectNone(`${URL}/review`);
    expect(pane().textContent).toContain('Lý do trả lại');
    const reason = pane().querySelector<HTMLTextAreaElement>('textarea')!;
    reason.value = 'Bổ sung chỉ tiêu';
    reason.dispatchEvent(new Event('input'));
    button(pane(), 'Trả lại')!.click();
    await settle();
    const review = backend.expectOne({ method: 'POST', url: `${URL}/review` });
    expect(review.request.body).toEqual({ decision: 'return', comment: 'Bổ sung chỉ tiêu' });
    review.flush(
      registrationDto({
        id: 'reg-1',
        status: 'returned',
        reviewComment: 'Bổ sung chỉ tiêu',
        reviewerName: 'Cán bộ Ban thi đua',
        editable: false,
      }),
    );
    await settle();
    expect(host.textContent).toContain('Bổ sung chỉ tiêu');
  });
});
