import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { formDialog } from '@thidua/admin/ui';
import {
  appTranslations,
  provideNoMaterialAnimations,
  provideTranslocoTesting,
} from '@thidua/admin/core/testing';
import { ClusterDto } from '@thidua/shared/contracts';
import { clusterDto, UNIT_A, UNIT_B, UNIT_C } from '../../testing/criteria-fixtures';
import { ClusterDialog, ClusterDialogData } from './cluster.dialog';

describe('ClusterDialog', () => {
  let backend: HttpTestingController;
  let closed: ClusterDto | undefined;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await TestBed.inject(ApplicationRef).whenStable();
  };
  const pane = () => document.querySelector<HTMLElement>('.cdk-overlay-pane')!;
  const button = (label: string) =>
    Array.from(pane().querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === label,
    );
  const type = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const checkbox = (name: string) =>
    Array.from(pane().querySelectorAll<HTMLElement>('mat-checkbox'))
      .find((c) => c.textContent?.includes(name))
      ?.querySelector<HTMLInputElement>('input');

  async function open(data: ClusterDialogData) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(appTranslations()),
        provideNoMaterialAnimations(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    closed = undefined;
    TestBed.inject(MatDialog)
      .open<ClusterDialog, ClusterDialogData, ClusterDto>(ClusterDialog, formDialog(data))
      .afterClosed()
      .subscribe((answer) => (closed = answer));
    await settle();
  }

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    backend.verify();
  });

  it("picks members among the plan's units, chairs it with one of them and creates it", async () => {
    await open({ planId: 'plan-7', units: [UNIT_A, UNIT_B, UNIT_C] });
    type(pane().querySelector<HTMLInputElement>('input[formcontrolname="name"]')!, 'Cụm thi đua số 1');
    checkbox(UNIT_A.name)!.click();
    await settle();
    button('Lưu')!.click();
    await settle();
    backend.expectNone('/api/clusters');
    expect(pane().textContent).toContain('Cụm, khối thi đua cần ít nhất hai đơn vị.');

    type(pane().querySelector<HTMLInputElement>('input[type="search"]')!, 'trung hoc');
    await settle();
    expect(pane().querySelectorAll('mat-checkbox')).toHaveLength(1);
    checkbox(UNIT_B.name)!.click();
    await settle();
    expect(pane().querySelector('legend')?.textContent).toContain('đã chọn 2');

    pane().querySelector<HTMLElement>('mat-select .mat-mdc-select-trigger')!.click();
    await settle();
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    expect(options.map((o) => o.textContent?.trim())).toEqual(['Chưa chọn', UNIT_A.name, UNIT_B.name]);
    options[2].click();
    await settle();

    button('Lưu')!.click();
    await settle();
    const post = backend.expectOne({ method: 'POST', url: '/api/clusters' });
    expect(post.request.body).toEqual({
      planId: 'plan-7',
      name: 'Cụm thi đua số 1',
      kind: 'cluster',
      description: null,
      memberUnitIds: [UNIT_A.id, UNIT_B.id],
      headUnitId: UNIT_B.id,
    });
    post.flush(clusterDto());
    await settle();
    expect(closed?.id).toBe('cluster-1');
  });

  it('changes an existing cluster with its version and shows why the API refuses a member', async () => {
    await open({ planId: 'plan-7', units: [UNIT_A, UNIT_B, UNIT_C], cluster: clusterDto({ version: 4 }) });
    expect(checkbox(UNIT_A.name)!.checked).toBe(true);
    expect(checkbox(UNIT_B.name)!.checked).toBe(true);
    checkbox(UNIT_C.name)!.click();
    await settle();
    button('Lưu')!.click();
    await settle();
    const put = backend.expectOne({ method: 'PUT', url: '/api/clusters/cluster-1' });
    expect(put.request.body).toMatchObject({
      version: 4,
      memberUnitIds: [UNIT_A.id, UNIT_B.id, UNIT_C.id],
      headUnitId: UNIT_A.id,
    });
    put.flush(
      {
        statusCode: 409,
        error: 'cluster_member_taken',
        message:
          '«Công đoàn phường Bắc Nha Trang» đã thuộc «Cụm 2» trong kế hoạch này; mỗi đơn vị chỉ vào một cụm và một khối.',
        errors: [],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(pane().querySelector('td-alert')?.textContent).toContain('đã thuộc «Cụm 2»');
    expect(closed).toBeUndefined();
  });
});
