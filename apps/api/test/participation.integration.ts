import { INestApplication } from '@nestjs/common';
import {
  MyParticipationDto,
  OrgUnitDetailDto,
  Page,
  PhaseReportDto,
  PlanDashboardDto,
  PlanDto,
  RegistrationDto,
  RegistrationListItemDto,
  ReportListItemDto,
} from '@thidua/shared/contracts';
import request from 'supertest';
import { startApi } from './api-harness';
import { caller, Method, planWorld } from './plan-world';
import { planContent } from './plan-fixtures';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n', 'latin1');

describe('registrations and phase reports', () => {
  let api: INestApplication;
  let officer: string;
  let leader: string;
  let officerA: string;
  let officerA1: string;
  let officerC: string;
  let communeA: OrgUnitDetailDto;
  let grassrootsA1: OrgUnitDetailDto;
  let communeC: OrgUnitDetailDto;
  const http = () => request(api.getHttpServer());
  const as = (t: string) => ({ Authorization: `Bearer ${t}` });
  const call = <T>(method: Method, path: string, t: string, body?: object, expected = 200) =>
    caller(api)<T>(method, path, t, body, expected);
  const registration = {
    movements: ['Lao động giỏi, Lao động sáng tạo'],
    targets: [
      { content: 'Phát triển đoàn viên mới', unitOfMeasure: 'đoàn viên', plannedValue: 120, note: null },
      { content: 'Sáng kiến được công nhận', unitOfMeasure: 'sáng kiến', plannedValue: 5, note: 'cấp cơ sở' },
    ],
    collectiveTitles: ['Tập thể Lao động xuất sắc'],
    individualTitles: [{ name: 'Nguyễn Thị Lan', title: 'Chiến sĩ thi đua cơ sở' }],
  };
  const issuedPlan = async (overrides = {}) => {
    const draft = await call<PlanDto>(
      'post',
      '/plans',
      officer,
      { content: planContent(overrides), recipientUnitIds: [communeA.id] },
      201,
    );
    await call('post', `/plans/${draft.id}/transitions`, officer, { transition: 'submit' });
    return call<PlanDto>('post', `/plans/${draft.id}/transitions`, leader, { transition: 'issue' });
  };
  const regPath = (plan: PlanDto, unit: OrgUnitDetailDto) => `/plans/${plan.id}/registrations/${unit.id}`;
  const reportPath = (plan: PlanDto, unit: OrgUnitDetailDto) =>
    `/plans/${plan.id}/phases/${plan.phases[0].id}/reports/${unit.id}`;

  beforeAll(async () => {
    api = await startApi();
    ({ communeA, communeC, grassrootsA1, officer, leader, officerA, officerA1, officerC } = await planWorld(
      api,
      'R',
    ));
  });
  afterAll(() => api?.close());

  it('lets a unit the plan reached register, submit on time, and be returned then accepted by the level above', async () => {
    const plan = await issuedPlan({ registrationDeadline: '2099-12-31' });
    const empty = await call<RegistrationDto>('get', regPath(plan, grassrootsA1), officerA1);
    expect(empty).toMatchObject({
      id: null,
      status: 'draft',
      version: 0,
      editable: true,
      reviewable: false,
      targets: [],
    });

    const saved = await call<RegistrationDto>('put', regPath(plan, grassrootsA1), officerA1, {
      version: 0,
      ...registration,
    });
    expect(saved).toMatchObject({
      status: 'draft',
      version: 1,
      collectiveTitles: ['Tập thể Lao động xuất sắc'],
    });
    expect(saved.targets).toHaveLength(2);
    const stale = await call<{ message: string }>(
      'put',
      regPath(plan, grassrootsA1),
      officerA1,
      { version: 0, ...registration },
      409,
    );
    expect(stale.message).toContain('vừa được người khác lưu');

    const submitted = await call<RegistrationDto>('post', `${regPath(plan, grassrootsA1)}/submit`, officerA1);
    expect(submitted).toMatchObject({ status: 'submitted', late: false, editable: false });
    const locked = await call<{ message: string }>(
      'put',
      regPath(plan, grassrootsA1),
      officerA1,
      { version: 2, ...registration },
      409,
    );
    expect(locked.message).toContain('«Đã gửi»');

    const own = await call<{ message: string }>(
      'post',
      `${regPath(plan, grassrootsA1)}/review`,
      officerA1,
      { decision: 'accept' },
      403,
    );
    expect(own.message).toContain('không tự duyệt');
    await call(
      'post',
      `${regPath(plan, grassrootsA1)}/review`,
      officerA,
      { decision: 'return', comment: ' ' },
      400,
    );
    const asReviewer = await call<RegistrationDto>('get', regPath(plan, grassrootsA1), officerA);
    expect(asReviewer).toMatchObject({ reviewable: true, editable: false });
    const returned = await call<RegistrationDto>('post', `${regPath(plan, grassrootsA1)}/review`, officerA, {
      decision: 'return',
      comment: 'Bổ sung chỉ tiêu an toàn vệ sinh lao động',
    });
    expect(returned).toMatchObject({
      status: 'returned',
      reviewComment: 'Bổ sung chỉ tiêu an toàn vệ sinh lao động',
    });

    await call('put', regPath(plan, grassrootsA1), officerA1, {
      version: returned.version,
      ...registration,
      targets: [
        ...registration.targets,
        { content: 'Không để xảy ra tai nạn lao động', unitOfMeasure: 'vụ', plannedValue: 0, note: null },
      ],
    });
    await call('post', `${regPath(plan, grassrootsA1)}/submit`, officerA1);
    const queue = await call<Page<RegistrationListItemDto>>(
      'get',
      `/registrations?planId=${plan.id}&status=submitted`,
      officer,
    );
    expect(queue.items.map((r) => [r.unit.code, r.targetCount])).toEqual([['R-CDCS-A1', 3]]);
    const mine = await call<MyParticipationDto>('get', `/plans/${plan.id}/participation`, officerA1);
    expect(mine.units).toEqual([
      {
        unit: { id: grassrootsA1.id, code: 'R-CDCS-A1', name: 'Công đoàn cơ sở Trường Tiểu học An Phú' },
        canWrite: true,
        registration: { status: 'submitted', late: false, submittedAt: expect.any(String) },
        reports: [
          {
            phaseId: plan.phases[0].id,
            phaseName: 'Đợt 1',
            dueDate: '2026-06-30',
            status: null,
            onTime: null,
          },
          {
            phaseId: plan.phases[1].id,
            phaseName: 'Đợt 2',
            dueDate: '2026-12-31',
            status: null,
            onTime: null,
          },
        ],
      },
    ]);
    expect((await call<MyParticipationDto>('get', `/plans/${plan.id}/participation`, officer)).units).toEqual(
      [],
    );
    const accepted = await call<RegistrationDto>('post', `${regPath(plan, grassrootsA1)}/review`, officer, {
      decision: 'accept',
    });
    expect(accepted).toMatchObject({
      status: 'accepted',
      reviewerName: 'Người dùng emulation_officer',
      reviewComment: null,
    });
  });

  it('flags a registration sent after the deadline', async () => {
    const plan = await issuedPlan({ registrationDeadline: '2020-01-31' });
    await call('put', regPath(plan, communeA), officerA, { version: 0, ...registration });
    expect((await call<RegistrationDto>('post', `${regPath(plan, communeA)}/submit`, officerA)).late).toBe(
      true,
    );
    const late = await call<Page<RegistrationListItemDto>>(
      'get',
      `/registrations?planId=${plan.id}&late=true`,
      officer,
    );
    expect(late.items.map((r) => r.unit.code)).toEqual(['R-XA-A']);
    const onTime = await call<Page<RegistrationListItemDto>>(
      'get',
      `/registrations?planId=${plan.id}&late=false`,
      officer,
    );
    expect(onTime.total).toBe(0);
    // A plan's list takes its total from the running tallies, a search's from a count: they agree.
    expect(late.total).toBe(1);
    const submitted = `/registrations?planId=${plan.id}&status=submitted`;
    expect((await call<Page<RegistrationListItemDto>>('get', submitted, officer)).total).toBe(1);
    expect((await call<Page<RegistrationListItemDto>>('get', `${submitted}&q=xa-a`, officer)).total).toBe(1);
    expect((await call<Page<RegistrationListItemDto>>('get', `${submitted}&q=xa-b`, officer)).total).toBe(0);
    expect((await call<Page<RegistrationListItemDto>>('get', submitted, officerC)).total).toBe(0);
  });

  it('refuses units the plan did not reach, closed plans, and users outside the unit, changing nothing', async () => {
    const plan = await issuedPlan();
    // Commune C did not receive the plan: it cannot even see it.
    await call('put', regPath(plan, communeC), officerC, { version: 0, ...registration }, 404);
    // Commune A's officer may see the grassroots union's registration but the officer of another unit may not.
    await call('get', regPath(plan, grassrootsA1), officerC, undefined, 404);
    // The province's officer reviews but does not write a unit's registration.
    await call('put', regPath(plan, grassrootsA1), officer, { version: 0, ...registration }, 403);
    const bad = await call<{ errors: Array<{ field: string }> }>(
      'put',
      regPath(plan, grassrootsA1),
      officerA1,
      {
        version: 0,
        ...registration,
        targets: [{ content: '', unitOfMeasure: 'x', plannedValue: -1, note: null }],
      },
      400,
    );
    expect(bad.errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(['targets.0.content', 'targets.0.plannedValue']),
    );
    for (const transition of ['start', 'review']) {
      await call('post', `/plans/${plan.id}/transitions`, officer, { transition });
    }
    await call('post', `/plans/${plan.id}/transitions`, leader, { transition: 'close' });
    const closed = await call<{ message: string }>(
      'put',
      regPath(plan, grassrootsA1),
      officerA1,
      { version: 0, ...registration },
      409,
    );
    expect(closed.message).toBe(
      'Kế hoạch đang ở trạng thái «Đã kết thúc»: không nhận đăng ký hoặc báo cáo lúc này.',
    );
    expect((await call<RegistrationDto>('get', regPath(plan, grassrootsA1), officerA1)).id).toBeNull();
  });

  it('takes a phase report with indicator values against the registered targets and evidence checked by content', async () => {
    const plan = await issuedPlan({
      phases: [{ name: 'Đợt 1', from: '2026-01-01', to: '2099-06-30', focus: 'Cả đợt', commemorations: [] }],
    });
    await call('put', regPath(plan, grassrootsA1), officerA1, { version: 0, ...registration });
    const empty = await call<PhaseReportDto>('get', reportPath(plan, grassrootsA1), officerA1);
    expect(empty).toMatchObject({
      id: null,
      status: 'draft',
      phase: { name: 'Đợt 1', dueDate: '2099-06-30' },
    });
    expect(empty.targets.map((t) => t.content)).toEqual([
      'Phát triển đoàn viên mới',
      'Sáng kiến được công nhận',
    ]);

    const unknown = await call<{ message: string }>(
      'put',
      reportPath(plan, grassrootsA1),
      officerA1,
      { version: 0, narrative: 'x', indicators: [{ targetIndex: 5, actualValue: 1, note: null }] },
      400,
    );
    expect(unknown.message).toBe('Chỉ tiêu thứ 6 không có trong bản đăng ký của đơn vị.');
    const saved = await call<PhaseReportDto>('put', reportPath(plan, grassrootsA1), officerA1, {
      version: 0,
      narrative: 'Đợt 1 đã phát triển 135 đoàn viên mới.',
      indicators: [{ targetIndex: 0, actualValue: 135, note: null }],
    });
    expect(saved).toMatchObject({ version: 1, indicators: [{ targetIndex: 0, actualValue: 135 }] });

    const upload = (content: Buffer, name: string, t = officerA1) =>
      http()
        .post(`/api${reportPath(plan, grassrootsA1)}/evidence`)
        .set(as(t))
        .attach('file', content, name);
    const pdf = await upload(PDF, 'Biên bản sơ kết đợt 1.pdf').expect(201);
    expect(pdf.body).toMatchObject({
      fileName: 'Biên bản sơ kết đợt 1.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
    });
    const exe = await upload(Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), 'anh-hoat-dong.jpg').expect(
      400,
    );
    expect(exe.body.message).toContain('Tệp minh chứng phải là PDF');
    await upload(PDF, 'x.pdf', officerC).expect(404);

    const file = await http()
      .get(`/api${reportPath(plan, grassrootsA1)}/evidence/${pdf.body.id}`)
      .set(as(officerA))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(file.headers['content-type']).toContain('application/pdf');
    expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);

    const submitted = await call<PhaseReportDto>(
      'post',
      `${reportPath(plan, grassrootsA1)}/submit`,
      officerA1,
    );
    expect(submitted).toMatchObject({ status: 'submitted', onTime: true, editable: false });
    expect(submitted.evidence.map((e) => e.fileName)).toEqual(['Biên bản sơ kết đợt 1.pdf']);
    await call(
      'delete',
      `${reportPath(plan, grassrootsA1)}/evidence/${pdf.body.id}`,
      officerA1,
      undefined,
      409,
    );
    const accepted = await call<PhaseReportDto>(
      'post',
      `${reportPath(plan, grassrootsA1)}/review`,
      officerA,
      { decision: 'accept' },
    );
    expect(accepted.status).toBe('accepted');
    const list = await call<Page<ReportListItemDto>>('get', `/reports?planId=${plan.id}`, officer);
    expect(list.items.map((r) => [r.unit.code, r.phase.name, r.onTime, r.evidenceCount])).toEqual([
      ['R-CDCS-A1', 'Đợt 1', true, 1],
    ]);
    expect((await call<Page<ReportListItemDto>>('get', `/reports?planId=${plan.id}`, officerC)).total).toBe(
      0,
    );

    const dashboard = await call<PlanDashboardDto>('get', `/plans/${plan.id}/dashboard`, officer);
    expect(dashboard).toMatchObject({
      recipients: 1,
      registrations: { draft: 1, submitted: 0, accepted: 0, returned: 0, late: 0, rate: 0 },
    });
    expect(dashboard.phases).toEqual([
      expect.objectContaining({ name: 'Đợt 1', sent: 1, accepted: 1, onTime: 1, late: 0, onTimeRate: 1 }),
    ]);
    // Commune C's officer does not see the plan, so no dashboard either.
    await call('get', `/plans/${plan.id}/dashboard`, officerC, undefined, 404);
  });

  it('marks a report sent after the phase is due as late', async () => {
    const plan = await issuedPlan({
      phases: [
        {
          name: 'Đợt 1',
          from: '2020-01-01',
          to: '2020-06-30',
          focus: '',
          commemorations: [],
          reportDue: '2020-07-10',
        },
      ],
    });
    await call('put', reportPath(plan, communeA), officerA, {
      version: 0,
      narrative: 'Báo cáo muộn.',
      indicators: [],
    });
    const late = await call<PhaseReportDto>('post', `${reportPath(plan, communeA)}/submit`, officerA);
    expect(late).toMatchObject({ onTime: false, phase: { dueDate: '2020-07-10' } });
  });
});
