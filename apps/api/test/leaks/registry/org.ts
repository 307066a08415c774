import { OrgImportAccepted, OrgImportStatus, OrgUnitTypeDto } from '@thidua/shared/contracts';
import { waitFor } from '@thidua/server/testing';
import { createTree, createUnit, treeSnapshot, unique, unitMarkers, unitTypeIds } from '../fixtures';
import { Client, LeakWorld } from '../world';
import { LeakEntry, ResourceFixture } from './types';

const PARENT_UNKNOWN = { status: 400, error: 'org_parent_unknown' } as const;

/** A's tree, and the check of a request that names one of A's units. */
async function aTree(
  world: LeakWorld,
  build: (ids: { unit: string; b: string }) => Partial<ResourceFixture>,
) {
  const tree = await createTree(world.a.admin.client);
  const bRoot = await createUnit(world.b.admin.client, 'province_federation', null);
  const fixture: ResourceFixture = {
    expect: 'notFound',
    markers: unitMarkers(tree.root, tree.commune, tree.grassroots),
    snapshot: () => treeSnapshot(world.a.admin.client, tree),
    ...build({ unit: tree.grassroots.id, b: bRoot.id }),
  };
  return { tree, bRoot, fixture };
}

const csvOf = (...rows: string[]) => ['code,name,type,parent_code', ...rows].join('\n');

const finished = (client: Client, importId: string) =>
  waitFor(
    async () => client.get<OrgImportStatus>(`/api/org/imports/${importId}`),
    (s) => s.state === 'completed' || s.state === 'failed',
    { timeoutMs: 30_000, what: `import ${importId} to finish` },
  );

/** The organisation tree: units, their history, restructuring and imports. */
export const orgRoutes: Record<string, LeakEntry> = {
  'GET /api/org/unit-types': {
    kind: 'tenantResource',
    fixture: async ({ a }) => {
      const types = await a.admin.client.get<OrgUnitTypeDto[]>('/api/org/unit-types');
      return {
        expect: 'list',
        markers: types.map((t) => t.id),
        snapshot: () => a.admin.client.get('/api/org/unit-types'),
      };
    },
  },
  'GET /api/org/units': {
    kind: 'tenantResource',
    fixture: async (world): Promise<ResourceFixture> => {
      const { tree, fixture } = await aTree(world, () => ({ expect: 'list' }));
      return {
        ...fixture,
        query: { parentId: tree.root.id, status: 'all' },
        variants: [
          { query: {} },
          { query: { status: 'all', pageSize: '200' } },
          { query: { q: tree.grassroots.name, status: 'all' } },
          { query: { q: tree.grassroots.code } },
          { query: { typeCode: 'province_federation', status: 'all', pageSize: '200' } },
        ],
      };
    },
  },
  'GET /api/org/units/{id}': {
    kind: 'tenantResource',
    fixture: async (world) =>
      (await aTree(world, ({ unit }) => ({ params: { id: unit }, variants: [] }))).fixture,
  },
  'GET /api/org/units/{id}/history': {
    kind: 'tenantResource',
    fixture: async (world) => (await aTree(world, ({ unit }) => ({ params: { id: unit } }))).fixture,
  },
  'POST /api/org/units': {
    kind: 'tenantResource',
    fixture: async (world) => {
      const bTypes = await unitTypeIds(world.b.admin.client);
      const { tree, fixture } = await aTree(world, () => ({}));
      const body = (parentId: string) => ({
        code: unique(),
        name: `Công đoàn cơ sở của B ${unique()}`,
        typeId: bTypes['grassroots_union'],
        parentId,
        effectiveDate: '2025-08-01',
      });
      return {
        ...fixture,
        body: body(tree.root.id),
        refusal: PARENT_UNKNOWN,
        variants: [{ body: body(tree.commune.id), refusal: PARENT_UNKNOWN }],
      };
    },
  },
  'POST /api/org/units/{id}/rename': {
    kind: 'tenantResource',
    fixture: async (world) =>
      (await aTree(world, ({ unit }) => ({ params: { id: unit }, body: { name: 'Đổi tên bởi B' } }))).fixture,
  },
  'POST /api/org/units/{id}/move': {
    kind: 'tenantResource',
    fixture: async (world) => {
      const { tree, bRoot, fixture } = await aTree(world, ({ unit, b }) => ({
        params: { id: unit },
        body: { parentId: b },
      }));
      const bChild = await createUnit(world.b.admin.client, 'grassroots_union', bRoot.id);
      return {
        ...fixture,
        variants: [{ params: { id: bChild.id }, body: { parentId: tree.root.id } }],
      };
    },
  },
  'POST /api/org/units/{id}/close': {
    kind: 'tenantResource',
    fixture: async (world) =>
      (await aTree(world, ({ unit }) => ({ params: { id: unit }, body: { reason: 'Đóng bởi B' } }))).fixture,
  },
  'POST /api/org/units/{id}/split': {
    kind: 'tenantResource',
    fixture: async (world) => {
      const types = await unitTypeIds(world.b.admin.client);
      const target = () => ({
        code: unique(),
        name: `Tách bởi B ${unique()}`,
        typeId: types['grassroots_union'],
      });
      return (
        await aTree(world, ({ unit }) => ({ params: { id: unit }, body: { targets: [target(), target()] } }))
      ).fixture;
    },
  },
  'POST /api/org/merges': {
    kind: 'tenantResource',
    fixture: async (world) => {
      const types = await unitTypeIds(world.b.admin.client);
      const { tree, bRoot, fixture } = await aTree(world, ({ unit, b }) => ({
        body: { sourceIds: [unit], targetId: b },
      }));
      const bSource = await createUnit(world.b.admin.client, 'commune_union', bRoot.id);
      const newUnit = { code: unique(), name: `Hợp nhất bởi B ${unique()}`, typeId: types['commune_union'] };
      return {
        ...fixture,
        variants: [
          { body: { sourceIds: [bSource.id], targetId: tree.commune.id } },
          {
            body: {
              sourceIds: [tree.commune.id, tree.grassroots.id],
              target: { ...newUnit, parentId: bRoot.id },
            },
          },
          {
            body: { sourceIds: [bSource.id], target: { ...newUnit, parentId: tree.root.id } },
            refusal: PARENT_UNKNOWN,
          },
        ],
      };
    },
  },
  'POST /api/org/imports': {
    kind: 'tenantResource',
    fixture: async (world) => {
      const { tree, fixture } = await aTree(world, () => ({}));
      const csv = csvOf(`${unique()},Công đoàn cơ sở nhập bởi B,grassroots_union,${tree.root.code}`);
      return {
        ...fixture,
        expect: 'unaffected',
        files: { file: { name: 'don-vi.csv', content: csv } },
        // B's import runs in B's tenant: A's code names no parent there, so the file is refused.
        settle: async (res, w) => {
          if (res.status !== 202) return;
          const status = await finished(w.b.admin.client, (res.body as OrgImportAccepted).importId);
          expect(status.value.state).toBe('failed');
        },
      };
    },
    matrix: { harmless: 'without a file the upload is refused before anything is stored' },
    badInput: { skip: 'multipart upload, covered by org-import.integration.ts' },
  },
  'GET /api/org/imports/{importId}': {
    kind: 'tenantResource',
    fixture: async (world) => {
      const { fixture, tree } = await aTree(world, () => ({}));
      const client = world.a.admin.client;
      const csv = csvOf(`${unique()},Công đoàn cơ sở nhập của A,grassroots_union,${tree.root.code}`);
      const res = await client.send('post', '/api/org/imports', {
        files: { file: { name: 'don-vi.csv', content: csv } },
      });
      const { importId } = res.body as OrgImportAccepted;
      await finished(client, importId);
      return {
        ...fixture,
        params: { importId },
        markers: [...fixture.markers, importId],
        snapshot: async () => ({
          tree: await fixture.snapshot(),
          status: await client.get(`/api/org/imports/${importId}`),
        }),
      };
    },
  },
};
