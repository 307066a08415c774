import { INestApplication } from '@nestjs/common';
import { TenantContext, TenantRepository, tenantRepositoryToken } from '@thidua/server/core';
import { MovementEntity, MovementsService } from '@thidua/server/campaigns';
import { seedTenant, startApi } from './api-harness';

type Row = { code: string };

describe('prepared reads (TenantRepository.prepared)', () => {
  let api: INestApplication;
  let units: TenantRepository<MovementEntity>;
  let context: TenantContext;
  let a: string;
  let b: string;

  const codes = (tenantId: string, read: () => Promise<Row[]>) =>
    context.runInTenant(tenantId, async () => (await read()).map((r) => r.code).sort());

  const byCodes = (list: string[]) =>
    units.prepared<Row>(
      'movements by launcher',
      'u',
      (qb) => qb.select(['u.launcher AS code']).andWhere('u.launcher IN (:...list)'),
      { list },
    );

  beforeAll(async () => {
    api = await startApi();
    units = api.get(tenantRepositoryToken(MovementEntity));
    context = api.get(TenantContext);
    a = (await seedTenant(api, [])).tenant.id;
    b = (await seedTenant(api, [])).tenant.id;
    // Local movements whose launcher is the code the reads look for.
    for (const [tenantId, names] of [
      [a, ['PR-1', 'PR-2', 'PR-3']],
      [b, ['PR-1', 'PR-9']],
    ] as const) {
      for (const code of names) {
        await context.runInTenant(tenantId, () =>
          api.get(MovementsService).create({ name: `Phong trào ${code}`, kind: 'thematic', launcher: code }),
        );
      }
    }
  });
  afterAll(() => api?.close());

  it("binds each call's values into the compiled statement and keeps to the caller's tenant", async () => {
    expect(await codes(a, () => byCodes(['PR-1', 'PR-2']))).toEqual(['PR-1', 'PR-2']);
    // Same shape, other values, other tenant: the cached statement reads B's row only.
    expect(await codes(b, () => byCodes(['PR-1', 'PR-3']))).toEqual(['PR-1']);
    // A longer list compiles its own statement.
    expect(await codes(a, () => byCodes(['PR-1', 'PR-2', 'PR-3', 'PR-9']))).toEqual(['PR-1', 'PR-2', 'PR-3']);
  });

  it('reads every tenant in an explicit system context, with a statement of its own', async () => {
    const all = await context.runAsSystem('test', () => byCodes(['PR-1', 'PR-9']));
    expect(all.map((r) => r.code).sort()).toEqual(['PR-1', 'PR-1', 'PR-9']);
  });

  it('refuses a parameter set while building that is not bound per call', async () => {
    await expect(
      context.runInTenant(a, () =>
        units.prepared<Row>(
          'frozen value',
          'u',
          (qb) => qb.select(['u.launcher AS code']).andWhere('u.launcher = :code', { code: 'PR-1' }),
          {},
        ),
      ),
    ).rejects.toThrow('bind :code per call');
  });

  it('fails a shape that does not name a choice changing the SQL (checked under Jest on every call)', async () => {
    const read = (descending: boolean) =>
      units.prepared<Row>(
        'units in some order',
        'u',
        (qb) => qb.select(['u.launcher AS code']).orderBy('u.launcher', descending ? 'DESC' : 'ASC'),
        {},
      );
    await context.runInTenant(a, () => read(false));
    await expect(context.runInTenant(a, () => read(true))).rejects.toThrow('name what differs');
  });

  it('pages with placeholders, so every page shares one statement', async () => {
    const page = (skip: number) =>
      context.runInTenant(a, () =>
        units.prepared<Row>(
          'movements by launcher, paged',
          'u',
          (qb) =>
            qb.select(['u.launcher AS code']).andWhere("u.launcher LIKE 'PR-%'").orderBy('u.launcher', 'ASC'),
          {},
          { skip, take: 2 },
        ),
      );
    expect((await page(0)).map((r) => r.code)).toEqual(['PR-1', 'PR-2']);
    expect((await page(2)).map((r) => r.code)).toEqual(['PR-3']);
  });
});
