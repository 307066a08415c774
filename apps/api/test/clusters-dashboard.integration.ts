import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { TenantContext } from '@thidua/server/core';
import { PlanTallies } from '@thidua/server/participation';
import {
  ClusterDto,
  ClusterListItemDto,
  OrgUnitDetailDto,
  OrgUnitTypeDto,
  Page,
  PlanDashboardDto,
} from '@thidua/shared/contracts';
import { seedUserInTenant, signIn, startApi } from './api-harness';
import { Method, planWorld } from './plan-world';
import { points, scoringSteps } from './scoring-fixtures';

const registration = {
  movements: [],
  targets: [{ content: 'Phát triển đoàn viên', unitOfMeasure: 'đoàn viên', plannedValue: 10, note: null }],
  collectiveTitles: [],
  individualTitles: [],
};

describe('clusters and the plan dashboard', () => {
  let api: INestApplication;
  let world: Awaited<ReturnType<typeof planWorld>>;
  let steps: ReturnType<typeof scoringSteps>;
  let officerB: string;
  const call = <T>(method: Method, path: string, token: string, body?: object, expected = 200) =>
    steps.call<T>(method, path, token, body, expected);

  beforeAll(async () => {
    api = await startApi();
    world = await planWorld(api, 'K');
    steps = scoringSteps(api);
    officerB = await signIn(
      api,
      await seedUserInTenant(api, world.tenantId, 'unit_officer', world.communeB.id),
    );
  });
  afterAll(() => api?.close());

  it('groups units the plan reached, records the covenant, ranks members and records the leading unit', async () => {
    const { officer, leader, officerA, officerC, communeA, communeB, communeC, grassrootsA1, root } = world;
    const set = await steps.publishedSet(officer, { name: 'Bảng cụm' });
    const plan = await steps.issuedPlan(officer, leader, [communeA, communeB], set.id);
    const body = {
      planId: plan.id,
      name: 'Cụm thi đua số 1',
      kind: 'cluster',
      memberUnitIds: [communeA.id, communeB.id],
    };

    const notReached = await call<{ message: string }>(
      'post',
      '/clusters',
      officer,
      { ...body, memberUnitIds: [communeA.id, communeC.id] },
      400,
    );
    expect(notReached.message).toContain('Kế hoạch chưa gửi tới «Công đoàn xã Cam Lâm»');
    const unknown = await call<{ message: string }>(
      'post',
      '/clusters',
      officer,
      { ...body, memberUnitIds: [communeA.id, randomUUID()] },
      400,
    );
    expect(unknown.message).toBe('Không tìm thấy đơn vị đã chọn, hoặc đơn vị đã giải thể.');
    await call('post', '/clusters', officer, { ...body, memberUnitIds: [communeA.id] }, 400);
    await call('post', '/clusters', officer, { ...body, headUnitId: grassrootsA1.id }, 400);
    await call('post', '/clusters', officerA, body, 403);

    const cluster = await call<ClusterDto>(
      'post',
      '/clusters',
      officer,
      { ...body, headUnitId: communeA.id },
      201,
    );
    expect(cluster).toMatchObject({
      memberCount: 2,
      head: { id: communeA.id },
      leader: null,
      editable: true,
    });
    const taken = await call<{ message: string }>(
      'post',
      '/clusters',
      officer,
      { ...body, name: 'Cụm thi đua số 2', memberUnitIds: [communeB.id, grassrootsA1.id] },
      409,
    );
    expect(taken.message).toContain('«Công đoàn xã Bình Lợi» đã thuộc «Cụm thi đua số 1»');
    await call('post', '/clusters', officer, { ...body, kind: 'bloc', name: 'Khối giáo dục' }, 201);
    await call('post', '/clusters', officer, { ...body, kind: 'bloc' }, 409);

    const covenant = await call<ClusterDto>('put', `/clusters/${cluster.id}/covenant`, officer, {
      version: cluster.version,
      signedOn: '2026-02-20',
      place: 'Nha Trang',
      content: 'Các đơn vị cam kết hoàn thành xuất sắc nhiệm vụ năm 2026.',
    });
    expect(covenant.covenant).toEqual({
      signedOn: '2026-02-20',
      place: 'Nha Trang',
      content: 'Các đơn vị cam kết hoàn thành xuất sắc nhiệm vụ năm 2026.',
    });
    const unscored = await call<{ message: string }>(
      'post',
      `/clusters/${cluster.id}/leader`,
      officer,
      { version: covenant.version, unitId: communeA.id },
      400,
    );
    expect(unscored.message).toContain('Chưa đơn vị nào trong cụm được chốt điểm');

    await steps.selfScored(plan, communeA, officerA, points(7, 7, 7));
    await steps.selfScored(plan, communeB, officerB, points(9, 9, 9));
    await steps.finalised(plan, communeA, officer);
    await steps.finalised(plan, communeB, officer);
    const ranked = await call<ClusterDto>('get', `/clusters/${cluster.id}`, officerA);
    expect(ranked.standings.map((s) => [s.unit.id, s.position, s.finalTotal, s.finalBand])).toEqual([
      [communeB.id, 1, 27, 'Xuất sắc'],
      [communeA.id, 2, 21, 'Khá'],
    ]);
    expect(ranked.editable).toBe(false);
    // The plan did not reach commune C: its officer cannot see the cluster either.
    await call('get', `/clusters/${cluster.id}`, officerC, undefined, 404);

    const needsNote = await call<{ message: string }>(
      'post',
      `/clusters/${cluster.id}/leader`,
      officer,
      { version: ranked.version, unitId: communeA.id },
      400,
    );
    expect(needsNote.message).toContain('Đơn vị xếp thứ nhất là «Công đoàn xã Bình Lợi»');
    const chosen = await call<ClusterDto>('post', `/clusters/${cluster.id}/leader`, officer, {
      version: ranked.version,
      unitId: communeB.id,
    });
    expect(chosen.leader).toMatchObject({ unit: { id: communeB.id }, note: null });
    expect(chosen.leader?.selectedByName).toBeTruthy();
    await call(
      'put',
      `/clusters/${cluster.id}`,
      officer,
      { ...body, version: chosen.version, memberUnitIds: [communeA.id, root.id] },
      400,
    );
    await call('delete', `/clusters/${cluster.id}`, officer, undefined, 409);

    const list = await call<Page<ClusterListItemDto>>('get', `/clusters?planId=${plan.id}`, officerA);
    expect(list.items.map((c) => [c.name, c.kind, c.leader?.id ?? null, c.covenantSignedOn])).toEqual([
      ['Khối giáo dục', 'bloc', null, null],
      ['Cụm thi đua số 1', 'cluster', communeB.id, '2026-02-20'],
    ]);

    const dashboard = await call<PlanDashboardDto>('get', `/plans/${plan.id}/dashboard`, leader);
    expect(dashboard.scores).toMatchObject({
      criteriaSet: { id: set.id, maxTotal: 30, bonusMax: 5 },
      final: 2,
      averageFinal: 24,
      bands: [
        { index: 0, name: 'Xuất sắc', count: 1 },
        { index: 1, name: 'Khá', count: 1 },
        { index: 2, name: 'Đạt', count: 0 },
      ],
      unbanded: 0,
    });
    // 21/30 falls in the eighth tenth (21–24), 27/30 in the tenth (27–30).
    expect(dashboard.scores.histogram.map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0, 1]);
    expect(dashboard.scores.histogram[7]).toMatchObject({ from: 21, to: 24 });
    expect(dashboard.clusters.find((c) => c.id === cluster.id)).toMatchObject({
      leader: { id: communeB.id },
      standings: [{ position: 1 }, { position: 2 }],
    });
  });

  it('counts within the reader’s subtree, keeps counting right under concurrent submissions, and follows units that move', async () => {
    const { admin, officer, leader, officerA, officerC, communeA, communeB, communeC, tenantId } = world;
    const types = await call<OrgUnitTypeDto[]>('get', '/org/unit-types', admin);
    const grassroots = types.find((t) => t.code === 'grassroots_union')?.id;
    const schools: OrgUnitDetailDto[] = [];
    for (let i = 1; i <= 12; i++) {
      schools.push(
        await call<OrgUnitDetailDto>(
          'post',
          '/org/units',
          admin,
          {
            code: `K-B-${i}`,
            name: `Công đoàn cơ sở Trường số ${i}`,
            typeId: grassroots,
            parentId: communeB.id,
            effectiveDate: '2025-07-01',
          },
          201,
        ),
      );
    }
    const plan = await steps.issuedPlan(officer, leader, [communeA, communeB, communeC]);
    // Twelve units of commune B register and submit at once: each change moves the same shared counts.
    await Promise.all(
      schools.map(async (school) => {
        const path = `/plans/${plan.id}/registrations/${school.id}`;
        await call('put', path, officerB, { version: 0, ...registration });
        await call('post', `${path}/submit`, officerB);
      }),
    );
    await call('put', `/plans/${plan.id}/registrations/${communeA.id}`, officerA, {
      version: 0,
      ...registration,
    });
    await call('put', `/plans/${plan.id}/registrations/${communeC.id}`, officerC, {
      version: 0,
      ...registration,
    });
    await call('post', `/plans/${plan.id}/registrations/${communeC.id}/submit`, officerC);
    for (const school of schools.slice(0, 4)) {
      await call('post', `/plans/${plan.id}/registrations/${school.id}/review`, officer, {
        decision: 'accept',
      });
    }

    const whole = await call<PlanDashboardDto>('get', `/plans/${plan.id}/dashboard`, officer);
    expect(whole.registrations).toMatchObject({ draft: 1, submitted: 9, accepted: 4, returned: 0 });
    const ofB = await call<PlanDashboardDto>('get', `/plans/${plan.id}/dashboard`, officerB);
    expect(ofB.registrations).toMatchObject({ draft: 0, submitted: 8, accepted: 4 });
    const ofC = await call<PlanDashboardDto>('get', `/plans/${plan.id}/dashboard`, officerC);
    expect(ofC.registrations).toMatchObject({ draft: 0, submitted: 1, accepted: 0 });

    // Counting again from the rows gives the same figures as the running counts.
    await api.get(TenantContext).runInTenant(tenantId, () => api.get(PlanTallies).rebuild(plan.id, 0));
    expect(await call<PlanDashboardDto>('get', `/plans/${plan.id}/dashboard`, officer)).toEqual(whole);
    // Commune C's own registration counts in C's own count too.
    expect(await call<PlanDashboardDto>('get', `/plans/${plan.id}/dashboard`, officerC)).toEqual(ofC);

    // Two schools move from commune B to commune C: their registrations count for C from now on.
    for (const school of schools.slice(0, 2)) {
      await call('post', `/org/units/${school.id}/move`, admin, {
        parentId: communeC.id,
        effectiveDate: '2026-03-01',
      });
    }
    const movedB = await call<PlanDashboardDto>('get', `/plans/${plan.id}/dashboard`, officerB);
    expect(movedB.registrations).toMatchObject({ submitted: 8, accepted: 2 });
    const movedC = await call<PlanDashboardDto>('get', `/plans/${plan.id}/dashboard`, officerC);
    expect(movedC.registrations).toMatchObject({ submitted: 1, accepted: 2 });
    await call('get', `/plans/${plan.id}/registrations/${schools[0].id}`, officerC);
    expect(
      (await call<PlanDashboardDto>('get', `/plans/${plan.id}/dashboard`, officer)).registrations,
    ).toEqual(whole.registrations);
  });
});
