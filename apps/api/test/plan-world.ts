import { INestApplication } from '@nestjs/common';
import { OrgUnitDetailDto, OrgUnitTypeDto } from '@thidua/shared/contracts';
import request from 'supertest';
import { seedTenant, seedUserInTenant, signIn } from './api-harness';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A JSON call as a signed-in user that must answer `expected`; resolves to the body. */
export function caller(api: INestApplication) {
  return <T>(method: Method, path: string, token: string, body?: object, expected = 200): Promise<T> =>
    request(api.getHttpServer())
      [method](`/api${path}`)
      .set({ Authorization: `Bearer ${token}` })
      .send(body)
      .expect(expected)
      .then((r) => r.body as T);
}

/**
 * A tenant for plan and participation tests: a province federation with communes A, B and C and a
 * grassroots union A1 under A (codes `<prefix>-ROOT`, `<prefix>-XA-A`, …), and signed-in users: the
 * province's emulation officer and leader, unit officers of A, A1 and C, and a viewer of C.
 */
export async function planWorld(api: INestApplication, prefix: string) {
  const call = caller(api);
  const seeded = await seedTenant(api, ['tenant_admin']);
  const admin = await signIn(api, seeded.logins['tenant_admin']);
  const types = Object.fromEntries(
    (await call<OrgUnitTypeDto[]>('get', '/org/unit-types', admin)).map((t) => [t.code, t.id]),
  );
  const unit = (code: string, name: string, type: string, parentId: string | null) =>
    call<OrgUnitDetailDto>(
      'post',
      '/org/units',
      admin,
      { code: `${prefix}-${code}`, name, typeId: types[type], parentId, effectiveDate: '2025-07-01' },
      201,
    );
  const root = await unit('ROOT', 'Liên đoàn Lao động tỉnh Thử', 'province_federation', null);
  const communeA = await unit('XA-A', 'Công đoàn xã An Phú', 'commune_union', root.id);
  const communeB = await unit('XA-B', 'Công đoàn xã Bình Lợi', 'commune_union', root.id);
  const communeC = await unit('XA-C', 'Công đoàn xã Cam Lâm', 'commune_union', root.id);
  const grassrootsA1 = await unit(
    'CDCS-A1',
    'Công đoàn cơ sở Trường Tiểu học An Phú',
    'grassroots_union',
    communeA.id,
  );
  const login = (role: Parameters<typeof seedUserInTenant>[2], unitId: string) =>
    seedUserInTenant(api, seeded.tenant.id, role, unitId).then((email) => signIn(api, email));
  return {
    tenantId: seeded.tenant.id,
    admin,
    root,
    communeA,
    communeB,
    communeC,
    grassrootsA1,
    officer: await login('emulation_officer', root.id),
    leader: await login('federation_leader', root.id),
    officerA: await login('unit_officer', communeA.id),
    officerA1: await login('unit_officer', grassrootsA1.id),
    officerC: await login('unit_officer', communeC.id),
    viewerC: await login('viewer', communeC.id),
  };
}
