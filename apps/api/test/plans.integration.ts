import { INestApplication } from '@nestjs/common';
import {
  OrgUnitDetailDto,
  Page,
  PlanDto,
  PlanListItemDto,
  PlanReceiptDto,
  PlanTemplateDto,
  PlanTransitionDto,
} from '@thidua/shared/contracts';
import { seedUserInTenant, signIn, startApi } from './api-harness';
import { caller, Method, planWorld } from './plan-world';
import { planContent } from './plan-fixtures';

describe('emulation plans', () => {
  let api: INestApplication;
  let tenantId: string;
  let admin: string;
  let officer: string;
  let leader: string;
  let communeA: OrgUnitDetailDto;
  let communeB: OrgUnitDetailDto;
  let grassrootsA1: OrgUnitDetailDto;
  let officerA: string;
  let officerA1: string;
  let viewerC: string;
  const call = <T>(method: Method, path: string, t: string, body?: object, expected = 200) =>
    caller(api)<T>(method, path, t, body, expected);
  const createPlan = (recipientUnitIds: string[], content = planContent(), t = officer) =>
    call<PlanDto>('post', '/plans', t, { content, recipientUnitIds }, 201);
  const step = (id: string, transition: string, t: string, comment?: string, expected = 200) =>
    call<PlanDto & { message: string }>(
      'post',
      `/plans/${id}/transitions`,
      t,
      { transition, comment },
      expected,
    );
  const issued = async (content = planContent()) => {
    const plan = await createPlan([communeA.id, communeB.id], content);
    await step(plan.id, 'submit', officer);
    return step(plan.id, 'issue', leader);
  };

  beforeAll(async () => {
    api = await startApi();
    ({ tenantId, admin, communeA, communeB, grassrootsA1, officer, leader, officerA, officerA1, viewerC } =
      await planWorld(api, 'P'));
  });
  afterAll(() => api?.close());

  it('drafts a plan that only its drafter side can see and edit, with its phases and chosen recipients', async () => {
    const plan = await createPlan([communeA.id, communeB.id]);
    expect(plan).toMatchObject({
      status: 'draft',
      numberText: null,
      editable: true,
      allowedTransitions: ['submit'],
      recipientCount: 2,
      version: 1,
      issuer: { code: 'P-ROOT' },
    });
    expect(plan.phases.map((p) => [p.name, p.from, p.to])).toEqual([
      ['Đợt 1', '2026-01-01', '2026-06-30'],
      ['Đợt 2', '2026-07-01', '2026-12-31'],
    ]);
    expect(plan.recipientUnits.map((u) => u.code)).toEqual(['P-XA-A', 'P-XA-B']);
    expect(plan).toMatchObject({ deletable: true, myReceipts: [] });
    // A draft has not reached anyone yet.
    await call('get', `/plans/${plan.id}`, officerA, undefined, 404);
    const leaderView = await call<PlanDto>('get', `/plans/${plan.id}`, leader);
    expect(leaderView.allowedTransitions).toEqual([]);
    expect(leaderView.editable).toBe(false);
  });

  it('starts a new plan from the issuer template: header lines, symbol, place and signer of its level', async () => {
    const province = await call<PlanTemplateDto>('get', '/plans/template', officer);
    expect(province.issuer.code).toBe('P-ROOT');
    expect(province.header.superior).toBe('TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM');
    expect(province.header.issuer).toMatch(/^LIÊN ĐOÀN LAO ĐỘNG TỈNH THỬ/);
    expect(province.content).toMatchObject({
      docSymbol: 'KH-LĐ',
      place: 'Thử',
      signature: { mode: 'TM', body: 'BAN THƯỜNG VỤ' },
    });
    const commune = await call<PlanTemplateDto>(
      'get',
      `/plans/template?issuerUnitId=${communeA.id}`,
      officerA,
    );
    expect(commune.header).toEqual({ superior: province.header.issuer, issuer: 'CÔNG ĐOÀN XÃ AN PHÚ' });
    expect(commune.content).toMatchObject({ docSymbol: 'KH-CĐ', signature: { body: 'BAN CHẤP HÀNH' } });
    await call(
      'get',
      '/plans/template?issuerUnitId=00000000-0000-4000-8000-000000000000',
      officer,
      undefined,
      400,
    );
    await call('get', '/plans/template', viewerC, undefined, 403);
    // A commune's officer gets the template of its own unit only.
    await call('get', `/plans/template?issuerUnitId=${communeB.id}`, officerA, undefined, 403);
    const grassroots = await call<PlanTemplateDto>(
      'get',
      `/plans/template?issuerUnitId=${grassrootsA1.id}`,
      officerA,
    );
    expect(grassroots.header).toEqual({
      superior: 'CÔNG ĐOÀN XÃ AN PHÚ',
      issuer: 'CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC AN PHÚ',
    });
  });

  it('refuses an edit made on a stale version, and changes nothing', async () => {
    const plan = await createPlan([communeA.id]);
    const saved = await call<PlanDto>('put', `/plans/${plan.id}`, officer, {
      version: 1,
      content: planContent({ title: 'Tiêu đề mới' }),
      recipientUnitIds: [communeA.id, communeB.id],
    });
    expect(saved).toMatchObject({ version: 2, title: 'Tiêu đề mới', recipientCount: 2 });
    const stale = await call<{ message: string }>(
      'put',
      `/plans/${plan.id}`,
      officer,
      { version: 1, content: planContent({ title: 'Ghi đè' }), recipientUnitIds: [] },
      409,
    );
    expect(stale.message).toContain('vừa được người khác lưu');
    expect(await call<PlanDto>('get', `/plans/${plan.id}`, officer)).toMatchObject({
      title: 'Tiêu đề mới',
      recipientCount: 2,
    });
  });

  it('walks draft → in approval → returned → issued, numbering the plan and sending it to its recipients', async () => {
    const plan = await createPlan([communeA.id, communeB.id]);
    const early = await step(plan.id, 'issue', leader, undefined, 409);
    expect(early.message).toBe('Không thể «ban hành» khi kế hoạch đang ở trạng thái «Dự thảo».');

    expect((await step(plan.id, 'submit', officer)).status).toBe('in_approval');
    await step(plan.id, 'issue', officer, undefined, 403);
    const noReason = await step(plan.id, 'return', leader, '  ', 400);
    expect(noReason.message).toContain('lý do trả lại');
    expect((await call<PlanDto>('get', `/plans/${plan.id}`, officer)).status).toBe('in_approval');

    expect((await step(plan.id, 'return', leader, 'Bổ sung chỉ tiêu đợt 2')).status).toBe('draft');
    await step(plan.id, 'submit', officer, 'Đã bổ sung');
    const done = await step(plan.id, 'issue', leader);
    expect(done).toMatchObject({ status: 'issued', editable: false, allowedTransitions: [] });
    expect(done.numberText).toMatch(/^\d+\/KH-LĐ$/);
    expect(done.issuedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(done.content.docNo).toBe(Number(done.numberText?.split('/')[0]));

    const edit = await call<{ message: string }>(
      'put',
      `/plans/${plan.id}`,
      officer,
      { version: done.version, content: planContent(), recipientUnitIds: [communeA.id] },
      409,
    );
    expect(edit.message).toContain('Chỉ sửa được kế hoạch ở trạng thái dự thảo');

    const history = await call<PlanTransitionDto[]>('get', `/plans/${plan.id}/history`, officer);
    expect(history.map((h) => h.transition)).toEqual(['create', 'submit', 'return', 'submit', 'issue']);
    expect(history[2]).toMatchObject({
      comment: 'Bổ sung chỉ tiêu đợt 2',
      actorName: 'Người dùng federation_leader',
    });

    await step(plan.id, 'start', leader, undefined, 403);
    expect((await step(plan.id, 'start', officer)).status).toBe('in_progress');
    expect((await step(plan.id, 'review', officer)).status).toBe('reviewing');
    await step(plan.id, 'close', officer, undefined, 403);
    expect((await step(plan.id, 'close', leader, 'Tổng kết xong')).status).toBe('closed');
    await step(plan.id, 'start', officer, undefined, 409);
  });

  it('refuses to issue a plan that lacks a signer or recipients, naming each missing field', async () => {
    const plan = await createPlan(
      [],
      planContent({ signature: { mode: 'TM', body: 'BAN THƯỜNG VỤ', title: 'PHÓ CHỦ TỊCH', name: '' } }),
    );
    await step(plan.id, 'submit', officer);
    const refused = await call<{ message: string; errors: Array<{ field: string; message: string }> }>(
      'post',
      `/plans/${plan.id}/transitions`,
      leader,
      { transition: 'issue' },
      400,
    );
    expect(refused.message).toContain('chưa thể ban hành');
    // Named in words: the detail page has no form field to point at.
    expect(refused.errors.map((e) => [e.field, e.message])).toEqual([
      ['content.signature.name', 'Trường «Họ tên người ký» không được để trống.'],
      ['recipientUnitIds', 'Trường «Đơn vị nhận kế hoạch» không được để trống.'],
    ]);
    expect((await call<PlanDto>('get', `/plans/${plan.id}`, officer)).status).toBe('in_approval');
  });

  it('hands out every number once when many plans are issued at the same moment', async () => {
    const drafts = await Promise.all(Array.from({ length: 8 }, () => createPlan([communeA.id])));
    await Promise.all(drafts.map((d) => step(d.id, 'submit', officer)));
    const results = await Promise.all(drafts.map((d) => step(d.id, 'issue', leader)));
    const numbers = results.map((r) => Number(r.numberText?.split('/')[0]));
    expect(new Set(numbers).size).toBe(8);
    const sorted = [...numbers].sort((a, b) => a - b);
    expect(sorted[7] - sorted[0]).toBe(7);
  });

  it('keeps a number written on a paper plan, refuses it twice, and continues after it', async () => {
    const paper = await issued(planContent({ docNo: 500, issuedDate: '2026-01-26' }));
    expect(paper.numberText).toBe('500/KH-LĐ');
    const again = await createPlan([communeA.id], planContent({ docNo: 500, issuedDate: '2026-02-01' }));
    await step(again.id, 'submit', officer);
    const clash = await step(again.id, 'issue', leader, undefined, 409);
    expect(clash.message).toBe('Số 500 năm 2026 đã được cấp cho văn bản khác của đơn vị này.');
    expect((await call<PlanDto>('get', `/plans/${again.id}`, officer)).status).toBe('in_approval');
    const next = await issued(planContent({ issuedDate: '2026-03-01' }));
    expect(next.numberText).toBe('501/KH-LĐ');
  });

  it('lets recipient units see and acknowledge an issued plan, each only for its own units', async () => {
    const plan = await issued();
    const asRecipient = await call<PlanDto>('get', `/plans/${plan.id}`, officerA);
    expect(asRecipient.myReceipts.map((r) => [r.unit.code, r.acknowledgedAt])).toEqual([['P-XA-A', null]]);
    expect(asRecipient).toMatchObject({ editable: false, deletable: false, allowedTransitions: [] });
    const received = await call<Page<PlanListItemDto>>('get', '/plans?scope=received&pageSize=100', officerA);
    expect(received.items.map((p) => p.id)).toContain(plan.id);
    // A grassroots union under a recipient commune sees the plan too: it has reached it through the commune.
    await call('get', `/plans/${plan.id}`, officerA1);
    // A unit outside the recipients' lines does not.
    await call('get', `/plans/${plan.id}`, viewerC, undefined, 404);
    expect(
      (await call<Page<PlanListItemDto>>('get', '/plans', viewerC)).items.map((p) => p.id),
    ).not.toContain(plan.id);

    await call('post', `/plans/${plan.id}/receipts/${communeB.id}/acknowledge`, officerA, undefined, 403);
    await call('post', `/plans/${plan.id}/receipts/${communeA.id}/acknowledge`, officerA1, undefined, 403);
    const ack = await call<{ acknowledgedAt: string }>(
      'post',
      `/plans/${plan.id}/receipts/${communeA.id}/acknowledge`,
      officerA,
    );
    const twice = await call<{ acknowledgedAt: string }>(
      'post',
      `/plans/${plan.id}/receipts/${communeA.id}/acknowledge`,
      officerA,
    );
    expect(twice.acknowledgedAt).toBe(ack.acknowledgedAt);

    const all = await call<Page<PlanReceiptDto>>('get', `/plans/${plan.id}/receipts`, officer);
    expect(all.items.map((r) => [r.unit.code, Boolean(r.acknowledgedAt)])).toEqual([
      ['P-XA-A', true],
      ['P-XA-B', false],
    ]);
    expect(all.items[0].acknowledgedByName).toBe('Người dùng unit_officer');
    const waiting = await call<Page<PlanReceiptDto>>(
      'get',
      `/plans/${plan.id}/receipts?acknowledged=no`,
      officer,
    );
    expect(waiting.items.map((r) => r.unit.code)).toEqual(['P-XA-B']);
    const own = await call<Page<PlanReceiptDto>>('get', `/plans/${plan.id}/receipts`, officerA);
    expect(own.items.map((r) => r.unit.code)).toEqual(['P-XA-A']);
    expect(await call<PlanDto>('get', `/plans/${plan.id}`, officer)).toMatchObject({
      recipientCount: 2,
      acknowledgedCount: 1,
    });
  });

  it('lets a recipient commune build its own plan from the provincial one, linked to it', async () => {
    const upper = await issued();
    const own = await call<PlanDto>(
      'post',
      `/plans/${upper.id}/derive`,
      officerA,
      { issuerUnitId: communeA.id },
      201,
    );
    expect(own).toMatchObject({
      status: 'draft',
      parentPlanId: upper.id,
      parentPlan: { id: upper.id, numberText: upper.numberText },
      issuer: { code: 'P-XA-A' },
      editable: true,
    });
    expect(own.content.bases[0]).toMatchObject({
      docType: 'Kế hoạch',
      number: upper.numberText,
      issuer: 'Liên đoàn Lao động tỉnh Thử',
    });
    expect(own.content.phases).toEqual(upper.content.phases);
    // The commune's officer cannot act for the province, nor for a unit that did not receive the plan.
    await call('post', `/plans/${upper.id}/derive`, officerA, { issuerUnitId: communeB.id }, 403);
    const draft = await createPlan([communeA.id]);
    await call('post', `/plans/${draft.id}/derive`, officer, { issuerUnitId: communeA.id }, 409);
    // The commune issues its own plan: it holds 'approve' within its subtree only.
    await call('put', `/plans/${own.id}`, officerA, {
      version: own.version,
      content: { ...own.content, signature: { ...own.content.signature, name: 'Trần Thị Xã' } },
      recipientUnitIds: [grassrootsA1.id],
    });
    await step(own.id, 'submit', officerA);
    expect((await step(own.id, 'issue', officerA)).numberText).toBe('1/KH-CĐ');
  });

  it('keeps receipts inside the right subtree when a recipient unit moves', async () => {
    const plan = await issued();
    const own = await call<PlanDto>(
      'post',
      `/plans/${plan.id}/derive`,
      officerA,
      { issuerUnitId: communeA.id },
      201,
    );
    const saved = await call<PlanDto>('put', `/plans/${own.id}`, officerA, {
      version: own.version,
      content: { ...own.content, signature: { ...own.content.signature, name: 'Trần Thị Xã' } },
      recipientUnitIds: [grassrootsA1.id],
    });
    await step(saved.id, 'submit', officerA);
    await step(saved.id, 'issue', officerA);
    const officerB = await signIn(api, await seedUserInTenant(api, tenantId, 'unit_officer', communeB.id));
    await call('get', `/plans/${own.id}`, officerB, undefined, 404);

    await call('post', `/org/units/${grassrootsA1.id}/move`, admin, {
      parentId: communeB.id,
      effectiveDate: '2026-01-01',
    });
    // The grassroots union now sits under commune B: commune B sees the plan it received and its receipt.
    const seen = await call<Page<PlanReceiptDto>>('get', `/plans/${own.id}/receipts`, officerB);
    expect(seen.items.map((r) => r.unit.code)).toEqual(['P-CDCS-A1']);
    await call('post', `/org/units/${grassrootsA1.id}/move`, admin, {
      parentId: communeA.id,
      effectiveDate: '2026-01-02',
    });
    await call('get', `/plans/${own.id}`, officerB, undefined, 404);
  });

  it('rejects bad plans with clear messages and saves nothing', async () => {
    const before = (await call<Page<PlanListItemDto>>('get', '/plans?pageSize=1', officer)).total;
    const reversed = await call<{ message: string }>(
      'post',
      '/plans',
      officer,
      {
        content: planContent({
          phases: [{ name: 'Đợt 1', from: '2026-07-01', to: '2026-01-01', focus: '', commemorations: [] }],
        }),
        recipientUnitIds: [],
      },
      400,
    );
    expect(reversed.message).toBe('«Đợt 1»: ngày bắt đầu phải trước hoặc trùng ngày kết thúc.');
    const unknownUnit = await call<{ message: string }>(
      'post',
      '/plans',
      officer,
      { content: planContent(), recipientUnitIds: ['00000000-0000-4000-8000-000000000000'] },
      400,
    );
    expect(unknownUnit.message).toContain('Không tìm thấy đơn vị');
    const badField = await call<{ errors: Array<{ field: string }> }>(
      'post',
      '/plans',
      officer,
      { content: { ...planContent(), year: 'hai nghìn' }, recipientUnitIds: [], extra: 1 },
      400,
    );
    expect(badField.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['content.year', 'extra']));
    await call('post', '/plans', officerA, { content: planContent(), recipientUnitIds: [] }, 403);
    expect((await call<Page<PlanListItemDto>>('get', '/plans?pageSize=1', officer)).total).toBe(before);
  });

  it('filters, searches accent-insensitively and sorts the plan list on the server', async () => {
    await issued(planContent({ title: 'Kế hoạch thi đua chào mừng Đại hội Công đoàn tỉnh' }));
    const found = await call<Page<PlanListItemDto>>(
      'get',
      '/plans?q=dai%20hoi%20cong%20doan&status=issued',
      officer,
    );
    expect(found.items.map((p) => p.title)).toEqual(['Kế hoạch thi đua chào mừng Đại hội Công đoàn tỉnh']);
    const page = await call<Page<PlanListItemDto>>(
      'get',
      '/plans?sort=title&dir=asc&pageSize=3&page=2',
      officer,
    );
    expect(page.items).toHaveLength(3);
    expect(page.page).toBe(2);
    const titles = (
      await call<Page<PlanListItemDto>>('get', '/plans?sort=title&dir=asc&pageSize=100', officer)
    ).items.map((p) => p.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'vi')));
    await call('get', '/plans?status=archived', officer, undefined, 400);
  });
});
