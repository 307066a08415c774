import { INestApplication } from '@nestjs/common';
import {
  OrgUnitDetailDto,
  OrgUnitDto,
  OrgUnitEventDto,
  OrgUnitTypeDto,
  Page,
} from '@thidua/shared/contracts';
import request from 'supertest';
import { seedTenant, seedUserInTenant, signIn, startApi } from './api-harness';

describe('organisation tree', () => {
  let api: INestApplication;
  let token: string;
  let types: Record<string, string>;
  const http = () => request(api.getHttpServer());
  const as = (t: string) => ({ Authorization: `Bearer ${t}` });
  const post = <T>(path: string, body: object, expected = 201, t = token): Promise<T> =>
    http()
      .post(`/api/org${path}`)
      .set(as(t))
      .send(body)
      .expect(expected)
      .then((r) => r.body as T);
  const get = <T>(path: string, t = token): Promise<T> =>
    http()
      .get(`/api/org${path}`)
      .set(as(t))
      .expect(200)
      .then((r) => r.body as T);
  const unit = (code: string, name: string, typeCode: string, parentId: string | null, extra: object = {}) =>
    post<OrgUnitDetailDto>('/units', {
      code,
      name,
      typeId: types[typeCode],
      parentId,
      effectiveDate: '2025-07-01',
      ...extra,
    });

  beforeAll(async () => {
    api = await startApi();
    const { logins } = await seedTenant(api, ['tenant_admin']);
    token = await signIn(api, logins['tenant_admin']);
    const list = await get<OrgUnitTypeDto[]>('/unit-types');
    types = Object.fromEntries(list.map((t) => [t.code, t.id]));
  });
  afterAll(() => api?.close());

  it("gives a new tenant today's union unit types, with the pre-2025 district federation kept for history", async () => {
    expect(Object.keys(types)).toEqual(
      expect.arrayContaining([
        'province_federation',
        'commune_union',
        'industrial_park_union',
        'sector_union',
        'grassroots_union',
        'union_group',
        'district_federation',
      ]),
    );
  });

  it('enforces which types may sit under which, and refuses a duplicate code', async () => {
    const root = await unit('T1-ROOT', 'Liên đoàn Lao động tỉnh Thử', 'province_federation', null);
    const cdcs = await unit('T1-CDCS', 'Công đoàn cơ sở Trường Tiểu học Lê Lợi', 'grassroots_union', root.id);
    expect(cdcs.path).toBe(`/${root.id}/${cdcs.id}/`);
    expect(cdcs.ancestors.map((a) => a.id)).toEqual([root.id]);

    const notRoot = await post<{ error: string; message: string }>(
      '/units',
      { code: 'X1', name: 'Tổ', typeId: types['grassroots_union'], parentId: null },
      400,
    );
    expect(notRoot.message).toBe('Đơn vị loại «Công đoàn cơ sở» phải có đơn vị cấp trên.');
    const wrongChild = await post<{ message: string }>(
      '/units',
      { code: 'X2', name: 'Xã', typeId: types['commune_union'], parentId: cdcs.id },
      400,
    );
    expect(wrongChild.message).toBe(
      'Đơn vị loại «Công đoàn xã, phường, đặc khu» không thể trực thuộc đơn vị loại «Công đoàn cơ sở».',
    );
    const historical = await post<{ error: string }>(
      '/units',
      { code: 'X3', name: 'LĐLĐ huyện', typeId: types['district_federation'], parentId: root.id },
      400,
    );
    expect(historical.error).toBe('org_type_unknown');
    const duplicate = await post<{ message: string }>(
      '/units',
      { code: 'T1-CDCS', name: 'Trùng', typeId: types['grassroots_union'], parentId: root.id },
      409,
    );
    expect(duplicate.message).toBe('Mã đơn vị «T1-CDCS» đã được dùng cho đơn vị khác.');
  });

  it('renames with an effective date and still answers the tree as it stood before', async () => {
    const root = await unit('T2-ROOT', 'LĐLĐ Thử 2', 'province_federation', null);
    const commune = await unit('T2-XA', 'Công đoàn xã Diên Khánh', 'commune_union', root.id);
    await post(
      '/units/' + commune.id + '/rename',
      { name: 'Công đoàn phường Diên Khánh', effectiveDate: '2025-08-01', reason: 'Đổi tên theo nghị quyết' },
      200,
    );

    const before = await get<Page<OrgUnitDto>>(`/units?parentId=${root.id}&asOf=2025-07-15`);
    expect(before.items.map((u) => u.name)).toEqual(['Công đoàn xã Diên Khánh']);
    const after = await get<Page<OrgUnitDto>>(`/units?parentId=${root.id}`);
    expect(after.items.map((u) => u.name)).toEqual(['Công đoàn phường Diên Khánh']);
    const history = await get<OrgUnitEventDto[]>(`/units/${commune.id}/history`);
    expect(history.map((e) => [e.kind, e.effectiveDate])).toEqual([
      ['renamed', '2025-08-01'],
      ['created', '2025-07-01'],
    ]);
    expect(history[0]).toMatchObject({
      actorName: 'Người dùng tenant_admin',
      reason: 'Đổi tên theo nghị quyết',
      details: { fromName: 'Công đoàn xã Diên Khánh', toName: 'Công đoàn phường Diên Khánh' },
    });

    const tooEarly = await post<{ error: string }>(
      '/units/' + commune.id + '/rename',
      { name: 'Khác', effectiveDate: '2025-07-20' },
      400,
    );
    expect(tooEarly.error).toBe('org_effective_date_too_early');
  });

  it('moves a unit with its whole subtree and refuses a move into its own subtree', async () => {
    const root = await unit('T3-ROOT', 'LĐLĐ Thử 3', 'province_federation', null);
    const a = await unit('T3-A', 'Công đoàn ngành Giáo dục', 'sector_union', root.id);
    const b = await unit('T3-B', 'Công đoàn xã Cam Lâm', 'commune_union', root.id);
    const school = await unit('T3-S', 'Công đoàn cơ sở Trường THCS Cam Lâm', 'grassroots_union', a.id);
    const group = await unit('T3-G', 'Tổ công đoàn Khối 6', 'union_group', school.id);

    await post(`/units/${school.id}/move`, { parentId: b.id, effectiveDate: '2025-09-01' }, 200);
    const movedGroup = await get<OrgUnitDetailDto>(`/units/${group.id}`);
    expect(movedGroup.path).toBe(`/${root.id}/${b.id}/${school.id}/${group.id}/`);
    expect(movedGroup.ancestors.map((x) => x.code)).toEqual(['T3-ROOT', 'T3-B', 'T3-S']);

    const loop = await post<{ error: string }>(`/units/${school.id}/move`, { parentId: group.id }, 400);
    expect(['org_move_into_own_subtree', 'org_child_type_not_allowed']).toContain(loop.error);
  });

  it('closes only a unit without active children, and keeps it for history', async () => {
    const root = await unit('T4-ROOT', 'LĐLĐ Thử 4', 'province_federation', null);
    const commune = await unit('T4-XA', 'Công đoàn xã Vạn Ninh', 'commune_union', root.id);
    const cdcs = await unit('T4-CDCS', 'Công đoàn cơ sở UBND xã Vạn Ninh', 'grassroots_union', commune.id);
    const busy = await post<{ message: string }>(
      `/units/${commune.id}/close`,
      { effectiveDate: '2025-10-01' },
      409,
    );
    expect(busy.message).toMatch(/còn 1 đơn vị trực thuộc đang hoạt động/);

    await post(`/units/${cdcs.id}/close`, { effectiveDate: '2025-10-01', reason: 'Giải thể' }, 200);
    const active = await get<Page<OrgUnitDto>>(`/units?parentId=${commune.id}`);
    expect(active.total).toBe(0);
    const all = await get<Page<OrgUnitDto>>(`/units?parentId=${commune.id}&status=all`);
    expect(all.items[0]).toMatchObject({ status: 'closed', validTo: '2025-10-01' });
    const asOfBefore = await get<Page<OrgUnitDto>>(`/units?parentId=${commune.id}&asOf=2025-09-30`);
    expect(asOfBefore.total).toBe(1);
  });

  it('merges communes: their grassroots unions follow the receiving unit and the history links both ways', async () => {
    const root = await unit('T5-ROOT', 'LĐLĐ Thử 5', 'province_federation', null);
    const x1 = await unit('T5-X1', 'Công đoàn xã Ninh Phụng', 'commune_union', root.id);
    const x2 = await unit('T5-X2', 'Công đoàn xã Ninh Đông', 'commune_union', root.id);
    const c1 = await unit('T5-C1', 'Công đoàn cơ sở Trường Mầm non Ninh Phụng', 'grassroots_union', x1.id);
    const c2 = await unit('T5-C2', 'Công đoàn cơ sở Trạm Y tế Ninh Đông', 'grassroots_union', x2.id);

    const merged = await post<OrgUnitDetailDto>('/merges', {
      sourceIds: [x1.id, x2.id],
      target: {
        code: 'T5-NH',
        name: 'Công đoàn phường Ninh Hòa',
        typeId: types['commune_union'],
        parentId: root.id,
      },
      effectiveDate: '2025-10-15',
      reason: 'Sắp xếp đơn vị hành chính',
    });
    const children = await get<Page<OrgUnitDto>>(`/units?parentId=${merged.id}`);
    expect(children.items.map((u) => u.id).sort()).toEqual([c1.id, c2.id].sort());
    expect(merged.childCount).toBe(2);
    const source = await get<OrgUnitDetailDto>(`/units/${x1.id}`);
    expect(source).toMatchObject({ status: 'merged', validTo: '2025-10-15' });
    const targetHistory = await get<OrgUnitEventDto[]>(`/units/${merged.id}/history`);
    expect(
      targetHistory
        .find((e) => e.kind === 'merged')
        ?.details.sources?.map((s) => s.code)
        .sort(),
    ).toEqual(['T5-X1', 'T5-X2']);
    const before = await get<Page<OrgUnitDto>>(`/units?parentId=${root.id}&asOf=2025-10-01`);
    expect(before.items.map((u) => u.code)).toEqual(['T5-X2', 'T5-X1']);
  });

  it('splits a unit into new ones that remember where they came from', async () => {
    const root = await unit('T6-ROOT', 'LĐLĐ Thử 6', 'province_federation', null);
    const big = await unit('T6-BIG', 'Công đoàn ngành Công Thương', 'sector_union', root.id);
    const parts = await post<OrgUnitDetailDto[]>(`/units/${big.id}/split`, {
      targets: [
        { code: 'T6-A', name: 'Công đoàn ngành Công nghiệp', typeId: types['sector_union'] },
        { code: 'T6-B', name: 'Công đoàn ngành Thương mại', typeId: types['sector_union'] },
      ],
      effectiveDate: '2025-11-01',
    });
    expect(parts.map((p) => p.parentId)).toEqual([root.id, root.id]);
    const history = await get<OrgUnitEventDto[]>(`/units/${big.id}/history`);
    expect(history[0].details.targets?.map((t) => t.code)).toEqual(['T6-A', 'T6-B']);
    expect((await get<OrgUnitDetailDto>(`/units/${big.id}`)).status).toBe('closed');
  });

  it('searches names without diacritics, and a failed change leaves nothing behind', async () => {
    const root = await unit('T7-ROOT', 'LĐLĐ Thử 7', 'province_federation', null);
    await unit('T7-HN', 'Công đoàn cơ sở Bệnh viện Đa khoa Hà Nội', 'grassroots_union', root.id);
    const found = await get<Page<OrgUnitDto>>(`/units?q=${encodeURIComponent('benh vien da khoa ha noi')}`);
    expect(found.items.map((u) => u.code)).toEqual(['T7-HN']);

    const refused = await post<{ error: string }>(
      '/merges',
      {
        sourceIds: [root.id],
        target: { code: 'T7-NEW', name: 'Mới', typeId: types['grassroots_union'], parentId: root.id },
      },
      400,
    );
    expect(refused.error).toBe('org_move_into_own_subtree');
    const leftovers = await get<Page<OrgUnitDto>>(`/units?q=T7-NEW`);
    expect(leftovers.total).toBe(0);
  });

  it('shows a unit officer only the subtree of the unit the role is held on', async () => {
    const { logins, tenant } = await seedTenant(api, ['tenant_admin']);
    const admin = await signIn(api, logins['tenant_admin']);
    const mk = (code: string, name: string, typeCode: string, parentId: string | null) =>
      post<OrgUnitDetailDto>('/units', { code, name, typeId: types[typeCode], parentId }, 201, admin);
    const otherTypes = await get<OrgUnitTypeDto[]>('/unit-types', admin);
    Object.assign(types, Object.fromEntries(otherTypes.map((t) => [t.code, t.id])));
    const root = await mk('S-ROOT', 'LĐLĐ Phạm vi', 'province_federation', null);
    const mine = await mk('S-MINE', 'Công đoàn xã Của Tôi', 'commune_union', root.id);
    const inside = await mk('S-IN', 'Công đoàn cơ sở Bên Trong', 'grassroots_union', mine.id);
    const outside = await mk('S-OUT', 'Công đoàn xã Bên Ngoài', 'commune_union', root.id);

    const officer = await seedUserInTenant(api, tenant.id, 'unit_officer', mine.id);
    const officerToken = await signIn(api, officer);
    const search = await get<Page<OrgUnitDto>>(`/units?q=${encodeURIComponent('cong doan')}`, officerToken);
    expect(search.items.map((u) => u.code).sort()).toEqual(['S-IN', 'S-MINE']);
    const top = await get<Page<OrgUnitDto>>('/units', officerToken);
    expect(top.items.map((u) => u.code)).toEqual(['S-MINE']);
    await http().get(`/api/org/units/${outside.id}`).set(as(officerToken)).expect(404);
    await http().get(`/api/org/units/${inside.id}`).set(as(officerToken)).expect(200);
    await http()
      .post('/api/org/units')
      .set(as(officerToken))
      .send({ code: 'Z', name: 'Z', typeId: types['grassroots_union'], parentId: mine.id })
      .expect(403);
  });
});
