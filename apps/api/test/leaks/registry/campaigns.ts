import { MovementDto, Page, PlanContent, PlanDto } from '@thidua/shared/contracts';
import { createTree, unique, unitMarkers } from '../fixtures';
import { LeakWorld } from '../world';
import { LeakEntry, ResourceFixture } from './types';

const UNIT_UNKNOWN = { status: 400, error: 'plan_unit_unknown' } as const;

function content(title: string): PlanContent {
  return {
    docNo: null,
    docSymbol: 'KH-LĐ',
    place: 'Rò Rỉ',
    issuedDate: null,
    year: 2026,
    title,
    bases: [],
    context: null,
    purposes: ['Thi đua lao động giỏi.'],
    theme: null,
    activityTheme: null,
    contentIntro: null,
    contentItems: [],
    movements: [],
    phases: [{ name: 'Đợt 1', from: '2026-01-01', to: '2026-12-31', focus: 'Cả năm.', commemorations: [] }],
    duties: [],
    reportingChannel: null,
    closing: null,
    recipients: [],
    archive: null,
    signature: { mode: 'TM', body: 'BAN THƯỜNG VỤ', title: 'CHỦ TỊCH', name: 'Người Ký Rò Rỉ' },
  };
}

/**
 * An issued plan of tenant A sent to one commune of A's tree (drafted by A's emulation officer,
 * issued by A's leader, acknowledged by the commune), and how B is pointed at it.
 */
async function aPlan(
  world: LeakWorld,
  build: (ids: { plan: string; unit: string; bUnit: string }) => Partial<ResourceFixture>,
) {
  const officer = world.a.actors.emulation_officer.client;
  const tree = await createTree(world.a.admin.client);
  const title = `Kế hoạch thi đua của A ${unique()}`;
  const draft = await officer.post<PlanDto>('/api/plans', {
    issuerUnitId: tree.root.id,
    content: content(title),
    recipientUnitIds: [tree.commune.id],
  });
  await officer.post(`/api/plans/${draft.id}/transitions`, { transition: 'submit' });
  await world.a.actors.federation_leader.client.post(`/api/plans/${draft.id}/transitions`, {
    transition: 'issue',
  });
  await world.a.actors.unit_officer.client.post(
    `/api/plans/${draft.id}/receipts/${tree.commune.id}/acknowledge`,
  );
  const bTree = await createTree(world.b.admin.client);
  const fixture: ResourceFixture = {
    expect: 'notFound',
    markers: [draft.id, title, ...unitMarkers(tree.root, tree.commune)],
    snapshot: async () => ({
      plan: await officer.get(`/api/plans/${draft.id}`),
      history: await officer.get(`/api/plans/${draft.id}/history`),
      receipts: await officer.get(`/api/plans/${draft.id}/receipts`),
    }),
    ...build({ plan: draft.id, unit: tree.commune.id, bUnit: bTree.commune.id }),
  };
  return { fixture, tree, bTree, title };
}

/** A movement of A's own catalogue. */
async function aMovement(world: LeakWorld) {
  const name = `Phong trào riêng của A ${unique()}`;
  const movement = await world.a.actors.emulation_officer.client.post<MovementDto>('/api/movements', {
    name,
    kind: 'thematic',
    launcher: 'Ủy ban nhân dân tỉnh A',
  });
  const snapshot = () =>
    world.a.actors.emulation_officer.client.get<Page<MovementDto>>('/api/movements', { pageSize: '100' });
  return { movement, name, snapshot };
}

/** Campaigns: plans, their life cycle, distribution and import, and the movement catalogue. */
export const campaignRoutes: Record<string, LeakEntry> = {
  'GET /api/plans': {
    kind: 'tenantResource',
    fixture: async (world): Promise<ResourceFixture> => {
      const { fixture, title } = await aPlan(world, () => ({ expect: 'list' }));
      return {
        ...fixture,
        query: {},
        variants: [
          { query: { q: title } },
          { query: { scope: 'received', pageSize: '100' } },
          { query: { scope: 'issued', status: 'issued', sort: 'title', dir: 'asc' } },
        ],
      };
    },
  },
  'POST /api/plans': {
    kind: 'tenantResource',
    fixture: async (world) =>
      (
        await aPlan(world, ({ unit, bUnit }) => ({
          body: { content: content('Kế hoạch của B'), recipientUnitIds: [bUnit, unit] },
          refusal: UNIT_UNKNOWN,
          variants: [
            {
              body: { issuerUnitId: unit, content: content('Kế hoạch của B'), recipientUnitIds: [] },
              refusal: UNIT_UNKNOWN,
            },
          ],
        }))
      ).fixture,
    badInput: {
      validBody: async () => ({ content: content('Kế hoạch hợp lệ'), recipientUnitIds: [] }),
    },
  },
  'POST /api/plans/import': {
    kind: 'tenantResource',
    fixture: async (world) => {
      const { movement, name, snapshot } = await aMovement(world);
      // B's document quotes A's own movement: B's draft must not link it to A's catalogue.
      const text = `Số: 7/KH-LĐ\n\nKẾ HOẠCH\n\nThi đua năm 2026\n\n1. Hưởng ứng phong trào “${name}”.`;
      return {
        expect: 'unaffected',
        markers: [movement.id],
        snapshot,
        body: { text },
      };
    },
    badInput: { validBody: async () => ({ text: 'Số: 7/KH-LĐ\n\nKẾ HOẠCH' }) },
  },
  'GET /api/plans/template': {
    kind: 'tenantResource',
    fixture: async (world) =>
      (
        await aPlan(world, ({ unit }) => ({
          query: { issuerUnitId: unit },
          refusal: UNIT_UNKNOWN,
          controlAs: 'emulation_officer',
        }))
      ).fixture,
  },
  'GET /api/plans/{id}': {
    kind: 'tenantResource',
    fixture: async (world) => (await aPlan(world, ({ plan }) => ({ params: { id: plan } }))).fixture,
  },
  'PUT /api/plans/{id}': {
    kind: 'tenantResource',
    fixture: async (world) =>
      (
        await aPlan(world, ({ plan }) => ({
          params: { id: plan },
          body: { version: 1, content: content('Sửa bởi B'), recipientUnitIds: [] },
        }))
      ).fixture,
  },
  'DELETE /api/plans/{id}': {
    kind: 'tenantResource',
    fixture: async (world) => (await aPlan(world, ({ plan }) => ({ params: { id: plan } }))).fixture,
  },
  'POST /api/plans/{id}/transitions': {
    kind: 'tenantResource',
    fixture: async (world) =>
      (
        await aPlan(world, ({ plan }) => ({
          params: { id: plan },
          body: { transition: 'start', comment: 'Bởi B' },
        }))
      ).fixture,
  },
  'GET /api/plans/{id}/history': {
    kind: 'tenantResource',
    fixture: async (world) => (await aPlan(world, ({ plan }) => ({ params: { id: plan } }))).fixture,
  },
  'GET /api/plans/{id}/receipts': {
    kind: 'tenantResource',
    fixture: async (world) =>
      (
        await aPlan(world, ({ plan }) => ({
          params: { id: plan },
          variants: [{ params: { id: plan }, query: { acknowledged: 'no' } }],
        }))
      ).fixture,
  },
  'POST /api/plans/{id}/receipts/{unitId}/acknowledge': {
    kind: 'tenantResource',
    fixture: async (world) =>
      (await aPlan(world, ({ plan, unit }) => ({ params: { id: plan, unitId: unit } }))).fixture,
  },
  'POST /api/plans/{id}/derive': {
    kind: 'tenantResource',
    fixture: async (world) =>
      (
        await aPlan(world, ({ plan, bUnit }) => ({
          params: { id: plan },
          body: { issuerUnitId: bUnit },
        }))
      ).fixture,
  },
  'GET /api/movements': {
    kind: 'tenantResource',
    fixture: async (world): Promise<ResourceFixture> => {
      const { movement, name, snapshot } = await aMovement(world);
      return {
        expect: 'list',
        markers: [movement.id, name],
        snapshot,
        query: {},
        variants: [{ query: { q: name } }, { query: { source: 'tenant', pageSize: '100' } }],
      };
    },
  },
  'POST /api/movements': {
    kind: 'tenantResource',
    fixture: async (world) => {
      const { movement, name, snapshot } = await aMovement(world);
      // The same name is free in B's catalogue: names are unique per tenant only.
      return {
        expect: 'unaffected',
        markers: [movement.id],
        snapshot,
        body: { name, kind: 'regular', launcher: 'Ủy ban nhân dân tỉnh B' },
      };
    },
  },
  'PATCH /api/movements/{id}': {
    kind: 'tenantResource',
    fixture: async (world) => {
      const { movement, name, snapshot } = await aMovement(world);
      return {
        expect: 'notFound',
        markers: [movement.id, name],
        snapshot,
        params: { id: movement.id },
        body: { launcher: 'Đổi bởi B' },
      };
    },
  },
};
