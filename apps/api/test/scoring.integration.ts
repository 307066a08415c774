import { INestApplication } from '@nestjs/common';
import {
  CriteriaSetDto,
  CriteriaSetSummaryDto,
  OrgUnitDetailDto,
  Page,
  PlanScoringDto,
  ScorecardDto,
  ScorecardListItemDto,
  ScoreEventDto,
} from '@thidua/shared/contracts';
import request from 'supertest';
import { seedUserInTenant, signIn, startApi } from './api-harness';
import { Method, planWorld } from './plan-world';
import { criteriaSetBody, points, scoringSteps } from './scoring-fixtures';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n', 'latin1');

describe('criteria sets and scorecards', () => {
  let api: INestApplication;
  let world: Awaited<ReturnType<typeof planWorld>>;
  let steps: ReturnType<typeof scoringSteps>;
  const call = <T>(method: Method, path: string, token: string, body?: object, expected = 200) =>
    steps.call<T>(method, path, token, body, expected);

  beforeAll(async () => {
    api = await startApi();
    world = await planWorld(api, 'S');
    steps = scoringSteps(api);
  });
  afterAll(() => api?.close());

  it('drafts, checks, publishes, freezes, copies and archives a criteria set', async () => {
    const { officer, officerA1 } = world;
    const duplicate = await call<{ message: string }>(
      'post',
      '/criteria-sets',
      officer,
      criteriaSetBody({
        groups: [
          {
            code: 'I',
            name: 'Nhóm',
            criteria: [
              { code: '1', text: 'A', maxPoints: 5, guidance: null },
              { code: '1', text: 'B', maxPoints: 5, guidance: null },
            ],
          },
        ],
      }),
      400,
    );
    expect(duplicate.message).toContain('Mã «1» dùng cho hai');
    await call('post', '/criteria-sets', officerA1, criteriaSetBody(), 403);

    const draft = await call<CriteriaSetDto>('post', '/criteria-sets', officer, criteriaSetBody(), 201);
    expect(draft).toMatchObject({
      status: 'draft',
      maxTotal: 30,
      criteriaCount: 3,
      editable: true,
      version: 1,
    });
    const unreachable = await call<CriteriaSetDto>('put', `/criteria-sets/${draft.id}`, officer, {
      ...criteriaSetBody({ bands: [{ name: 'Xuất sắc', minTotal: 40, minCriterionRatio: null }] }),
      version: 1,
    });
    expect(unreachable.version).toBe(2);
    const refused = await call<{ message: string }>(
      'post',
      `/criteria-sets/${draft.id}/publish`,
      officer,
      {},
      400,
    );
    expect(refused.message).toBe('Mức «Xuất sắc» cần 40 điểm, nhiều hơn tổng điểm tối đa có thể đạt (35).');
    const misordered = criteriaSetBody({
      bands: [
        { name: 'Khá', minTotal: 18, minCriterionRatio: null },
        { name: 'Xuất sắc', minTotal: 25, minCriterionRatio: null },
      ],
    });
    await call('put', `/criteria-sets/${draft.id}`, officer, { ...misordered, version: 2 });
    const order = await call<{ message: string }>(
      'post',
      `/criteria-sets/${draft.id}/publish`,
      officer,
      {},
      400,
    );
    expect(order.message).toContain('từ cao xuống thấp');
    await call('put', `/criteria-sets/${draft.id}`, officer, { ...criteriaSetBody(), version: 3 });
    const stale = await call<{ message: string }>(
      'put',
      `/criteria-sets/${draft.id}`,
      officer,
      { ...criteriaSetBody(), version: 3 },
      409,
    );
    expect(stale.message).toContain('vừa được người khác lưu');

    const published = await call<CriteriaSetDto>('post', `/criteria-sets/${draft.id}/publish`, officer);
    expect(published).toMatchObject({ status: 'published', editable: false, deletable: false });
    const frozen = await call<{ message: string }>(
      'put',
      `/criteria-sets/${draft.id}`,
      officer,
      { ...criteriaSetBody({ name: 'Đổi' }), version: published.version },
      409,
    );
    expect(frozen.message).toContain('«Đã ban hành»');
    await call('delete', `/criteria-sets/${draft.id}`, officer, undefined, 409);

    const copy = await call<CriteriaSetDto>('post', `/criteria-sets/${draft.id}/copy`, officer, {}, 201);
    expect(copy).toMatchObject({
      status: 'draft',
      name: 'Bảng chấm điểm thử (bản sao)',
      copiedFrom: { id: draft.id },
      maxTotal: 30,
    });
    await call('delete', `/criteria-sets/${copy.id}`, officer, undefined, 204);
    await call('get', `/criteria-sets/${copy.id}`, officer, undefined, 404);

    const archived = await call<CriteriaSetDto>('post', `/criteria-sets/${draft.id}/archive`, officer);
    expect(archived.status).toBe('archived');
    const list = await call<Page<CriteriaSetSummaryDto>>(
      'get',
      '/criteria-sets?status=archived&q=bang cham',
      officerA1,
    );
    expect(list.items.map((s) => s.id)).toContain(draft.id);
  });

  it('attaches a published set to a plan until the first scorecard, on the issuer side only', async () => {
    const { officer, leader, officerA, communeA } = world;
    const set = await steps.publishedSet(officer, { name: 'Bảng gắn kế hoạch' });
    const draftSet = await call<CriteriaSetDto>(
      'post',
      '/criteria-sets',
      officer,
      criteriaSetBody({ name: 'Nháp' }),
      201,
    );
    const plan = await steps.issuedPlan(officer, leader, [communeA]);

    const empty = await call<PlanScoringDto>('get', `/plans/${plan.id}/scoring`, officer);
    expect(empty).toMatchObject({
      criteriaSet: null,
      scorecardCount: 0,
      changeable: true,
      clustersEditable: true,
    });
    const notPublished = await call<{ message: string }>(
      'put',
      `/plans/${plan.id}/scoring`,
      officer,
      { criteriaSetId: draftSet.id },
      409,
    );
    expect(notPublished.message).toContain('đã ban hành');
    await call('put', `/plans/${plan.id}/scoring`, officerA, { criteriaSetId: set.id }, 403);
    const noSet = await call<{ message: string }>(
      'get',
      `/plans/${plan.id}/scorecards/${communeA.id}`,
      officerA,
      undefined,
      409,
    );
    expect(noSet.message).toContain('chưa gắn bảng tiêu chí');

    const attached = await call<PlanScoringDto>('put', `/plans/${plan.id}/scoring`, officer, {
      criteriaSetId: set.id,
    });
    expect(attached.criteriaSet?.id).toBe(set.id);
    expect(await call<PlanScoringDto>('get', `/plans/${plan.id}/scoring`, officerA)).toMatchObject({
      changeable: false,
      clustersEditable: false,
    });

    await call('put', `/plans/${plan.id}/scorecards/${communeA.id}`, officerA, {
      version: 0,
      items: [],
      bonus: null,
    });
    const locked = await call<{ message: string }>(
      'put',
      `/plans/${plan.id}/scoring`,
      officer,
      { criteriaSetId: null },
      409,
    );
    expect(locked.message).toContain('đã có 1 phiếu chấm điểm');
  });

  it('lets a unit score itself with evidence, and the level above re-score with reasons, finalise and reopen', async () => {
    const { officer, leader, officerA, officerA1, grassrootsA1, communeA, viewerC } = world;
    const set = await steps.publishedSet(officer, { name: 'Bảng chấm cơ sở' });
    const plan = await steps.issuedPlan(officer, leader, [communeA], set.id);
    const path = `/plans/${plan.id}/scorecards/${grassrootsA1.id}`;

    const empty = await call<ScorecardDto>('get', path, officerA1);
    expect(empty).toMatchObject({
      id: null,
      status: 'draft',
      editable: true,
      reviewable: false,
      selfTotal: 0,
    });
    expect(empty.items.map((i) => i.code)).toEqual(['1.1', '1.2', '2.1']);

    const unknown = await call<{ message: string }>(
      'put',
      path,
      officerA1,
      { version: 0, items: [{ code: '9.9', points: 1, note: null }], bonus: null },
      400,
    );
    expect(unknown.message).toBe('Tiêu chí «9.9» không có trong bảng tiêu chí của kế hoạch.');
    const over = await call<{ message: string }>(
      'put',
      path,
      officerA1,
      { version: 0, items: [{ code: '1.1', points: 11, note: null }], bonus: null },
      400,
    );
    expect(over.message).toBe('Tiêu chí «1.1» tối đa 10 điểm.');
    await call('put', path, officerA1, { version: 0, items: [], bonus: { points: 6, note: null } }, 400);

    const partial = await call<ScorecardDto>('put', path, officerA1, {
      version: 0,
      items: [{ code: '1.1', points: 9, note: 'Kết nạp 132/120 đoàn viên' }],
      bonus: null,
    });
    expect(partial).toMatchObject({ version: 1, selfTotal: 9 });
    const incomplete = await call<{ message: string }>('post', `${path}/submit`, officerA1, {}, 400);
    expect(incomplete.message).toBe('Còn 2 tiêu chí chưa tự chấm (1.2, 2.1). Hãy chấm đủ rồi gửi.');

    const evidence = await request(api.getHttpServer())
      .post(`/api${path}/evidence`)
      .set({ Authorization: `Bearer ${officerA1}` })
      .field('criterionCode', '1.1')
      .attach('file', PDF, 'bien-ban-ket-nap.pdf')
      .expect(201);
    expect(evidence.body).toMatchObject({ criterionCode: '1.1', contentType: 'application/pdf' });
    await request(api.getHttpServer())
      .post(`/api${path}/evidence`)
      .set({ Authorization: `Bearer ${officerA1}` })
      .attach('file', Buffer.from('MZ not a document'), 'minh-chung.pdf')
      .expect(400);

    const full = await call<ScorecardDto>('put', path, officerA1, {
      version: 1,
      items: [{ code: '1.1', points: 9, note: 'Kết nạp 132/120 đoàn viên' }, ...points(9, 9, 8).slice(1)],
      bonus: { points: 2, note: 'Bằng khen chuyên đề' },
    });
    expect(full).toMatchObject({ selfTotal: 28, selfBand: 'Xuất sắc', bonusSelf: 2 });
    const submitted = await call<ScorecardDto>('post', `${path}/submit`, officerA1);
    expect(submitted).toMatchObject({ status: 'submitted', editable: false });
    await call(
      'put',
      path,
      officerA1,
      { version: submitted.version, items: points(1, 1, 1), bonus: null },
      409,
    );

    const own = await call<{ message: string }>(
      'post',
      `${path}/decision`,
      officerA1,
      { decision: 'finalize' },
      403,
    );
    expect(own.message).toContain('không tự duyệt');
    await call('get', path, viewerC, undefined, 404);

    const queue = await call<Page<ScorecardListItemDto>>(
      'get',
      `/scorecards?status=submitted&planId=${plan.id}`,
      officerA,
    );
    expect(queue.items.map((s) => s.unit.id)).toEqual([grassrootsA1.id]);
    expect(queue.items[0]).toMatchObject({ selfTotal: 28, reviewTotal: null });

    const noReason = await call<{ message: string }>(
      'put',
      `${path}/review`,
      officerA,
      {
        version: submitted.version,
        items: [{ code: '2.1', points: 4, note: null }],
        bonus: null,
        reason: ' ',
      },
      400,
    );
    expect(noReason.message).toContain('lý do');
    const rescored = await call<ScorecardDto>('put', `${path}/review`, officerA, {
      version: submitted.version,
      items: [{ code: '2.1', points: 4, note: 'Chỉ 2 sáng kiến có quyết định công nhận' }],
      bonus: { points: 1, note: null },
      reason: 'Đối chiếu minh chứng',
    });
    // 9 + 9 (the unit's, not re-scored) + 4 + 1 bonus = 23; 4 is under half of 10, so not "Xuất sắc".
    expect(rescored).toMatchObject({
      reviewTotal: 23,
      reviewBand: 'Khá',
      selfTotal: 28,
      status: 'submitted',
    });
    expect(rescored.items.find((i) => i.code === '2.1')).toMatchObject({ self: 8, review: 4 });

    const final = await call<ScorecardDto>('post', `${path}/decision`, officerA, {
      decision: 'finalize',
      comment: 'Thống nhất',
    });
    expect(final).toMatchObject({ status: 'final', finalTotal: 23, finalBand: 'Khá', reopenable: true });
    await call(
      'put',
      `${path}/review`,
      officerA,
      { version: final.version, items: [], bonus: null, reason: 'x' },
      409,
    );
    await call('post', `${path}/decision`, officerA, { decision: 'reopen' }, 400);
    const reopened = await call<ScorecardDto>('post', `${path}/decision`, officer, {
      decision: 'reopen',
      comment: 'Bổ sung minh chứng sáng kiến',
    });
    expect(reopened).toMatchObject({ status: 'submitted', finalTotal: null, finalBand: null });

    const history = await call<ScoreEventDto[]>('get', `${path}/history`, officerA1);
    expect(history.map((e) => e.kind)).toEqual(['self', 'self', 'submit', 'review', 'finalize', 'reopen']);
    expect(history[3]).toMatchObject({
      comment: 'Đối chiếu minh chứng',
      total: 23,
      changes: [
        { code: '2.1', side: 'review', from: null, to: 4 },
        { code: 'bonus', side: 'review', from: null, to: 1 },
      ],
    });
    expect(history[3].actorName).toBeTruthy();
  });

  it('ranks final scorecards by total, ties sharing a place, and filters them by band', async () => {
    const { officer, leader, communeA, communeB, communeC, officerA, officerC, tenantId } = world;
    const officerB = await signIn(api, await seedUserInTenant(api, tenantId, 'unit_officer', communeB.id));
    const set = await steps.publishedSet(officer, { name: 'Bảng xếp hạng' });
    const plan = await steps.issuedPlan(officer, leader, [communeA, communeB, communeC], set.id);
    const scores: Array<[OrgUnitDetailDto, string, number[]]> = [
      [communeA, officerA, [8, 8, 8]],
      [communeB, officerB, [10, 10, 6]],
      [communeC, officerC, [8, 8, 8]],
    ];
    for (const [unit, as, p] of scores) await steps.selfScored(plan, unit, as, points(p[0], p[1], p[2]));
    for (const [unit] of scores) await steps.finalised(plan, unit, officer);
    const ranking = await call<Page<ScorecardListItemDto>>(
      'get',
      `/scorecards?planId=${plan.id}&sort=total`,
      officer,
    );
    expect(ranking.items.map((s) => [s.unit.code, s.finalTotal, s.position, s.finalBand])).toEqual([
      ['S-XA-B', 26, 1, 'Xuất sắc'],
      ['S-XA-A', 24, 2, 'Khá'],
      ['S-XA-C', 24, 2, 'Khá'],
    ]);
    const secondPage = await call<Page<ScorecardListItemDto>>(
      'get',
      `/scorecards?planId=${plan.id}&sort=total&pageSize=1&page=3`,
      officer,
    );
    expect(secondPage.items[0]).toMatchObject({ position: 2 });
    const band = await call<Page<ScorecardListItemDto>>(
      'get',
      `/scorecards?planId=${plan.id}&band=1`,
      officer,
    );
    expect(band.items.map((s) => s.unit.code).sort()).toEqual(['S-XA-A', 'S-XA-C']);
    // Totals of a plan's lists come from the running tallies; with a search, from a count.
    expect([ranking.total, secondPage.total, band.total]).toEqual([3, 3, 2]);
    const totalOf = async (query: string, as = officer) =>
      (await call<Page<ScorecardListItemDto>>('get', `/scorecards?planId=${plan.id}&${query}`, as)).total;
    expect(await totalOf('status=final&band=0')).toBe(1);
    expect(await totalOf('status=submitted')).toBe(0);
    expect(await totalOf('q=xa-a')).toBe(1);
    expect(await totalOf('sort=total', officerA)).toBe(1);
  });
});
