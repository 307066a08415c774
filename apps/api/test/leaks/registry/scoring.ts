import { ClusterDto, CriteriaSetDto, EvidenceDto, PlanDto } from '@thidua/shared/contracts';
import { criteriaSetBody, points } from '../../scoring-fixtures';
import { planContent } from '../../plan-fixtures';
import { createTree, unique, unitMarkers } from '../fixtures';
import { LeakWorld } from '../world';
import { LeakEntry, ResourceFixture } from './types';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n', 'latin1');

/** A published criteria set of A's (and a draft beside it), and how B is pointed at one of them. */
async function aCriteriaSet(
  world: LeakWorld,
  build: (ids: { published: string; draft: string; name: string }) => Partial<ResourceFixture>,
): Promise<ResourceFixture> {
  const officer = world.a.actors.emulation_officer.client;
  const name = `Bảng tiêu chí của A ${unique()}`;
  const draft = await officer.post<CriteriaSetDto>(
    '/api/criteria-sets',
    criteriaSetBody({ name: `${name} nháp` }),
  );
  const made = await officer.post<CriteriaSetDto>('/api/criteria-sets', criteriaSetBody({ name }));
  await officer.post(`/api/criteria-sets/${made.id}/publish`);
  return {
    expect: 'notFound',
    markers: [made.id, draft.id, name],
    controlAs: 'emulation_officer',
    snapshot: async () => ({
      published: await officer.get(`/api/criteria-sets/${made.id}`),
      draft: await officer.get(`/api/criteria-sets/${draft.id}`),
    }),
    ...build({ published: made.id, draft: draft.id, name }),
  };
}

interface ScoringIds {
  plan: string;
  unit: string;
  set: string;
  evidence: string;
  cluster: string;
  clusterVersion: number;
}

/**
 * A's issued plan scoring with A's published set, sent to a commune and a grassroots union of A:
 * the commune's submitted scorecard with one evidence file, and a cluster of both units.
 */
async function aScoring(
  world: LeakWorld,
  build: (ids: ScoringIds) => Partial<ResourceFixture>,
): Promise<ResourceFixture> {
  const officer = world.a.actors.emulation_officer.client;
  const unitOfficer = world.a.actors.unit_officer.client;
  const tree = await createTree(world.a.admin.client);
  const title = `Kế hoạch chấm điểm của A ${unique()}`;
  const set = await officer.post<CriteriaSetDto>(
    '/api/criteria-sets',
    criteriaSetBody({ name: `Bảng ${title}` }),
  );
  await officer.post(`/api/criteria-sets/${set.id}/publish`);
  const draft = await officer.post<PlanDto>('/api/plans', {
    issuerUnitId: tree.root.id,
    recipientUnitIds: [tree.commune.id, tree.grassroots.id],
    content: planContent({
      title,
      phases: [{ name: 'Cả năm', from: '2026-01-01', to: '2099-12-31', focus: '', commemorations: [] }],
    }),
  });
  await officer.post(`/api/plans/${draft.id}/transitions`, { transition: 'submit' });
  await world.a.actors.federation_leader.client.post(`/api/plans/${draft.id}/transitions`, {
    transition: 'issue',
  });
  await officer.ok('put', `/api/plans/${draft.id}/scoring`, { body: { criteriaSetId: set.id } });
  const card = `/api/plans/${draft.id}/scorecards/${tree.commune.id}`;
  await unitOfficer.ok('put', card, { body: { version: 0, items: points(8, 8, 8), bonus: null } });
  const evidence = await unitOfficer.ok<EvidenceDto>('post', `${card}/evidence`, {
    files: { file: { name: 'minh-chung-cua-A.pdf', content: PDF } },
  });
  await unitOfficer.post(`${card}/submit`);
  const clusterName = `Cụm của A ${unique()}`;
  const cluster = await officer.post<ClusterDto>('/api/clusters', {
    planId: draft.id,
    name: clusterName,
    kind: 'cluster',
    memberUnitIds: [tree.commune.id, tree.grassroots.id],
  });
  return {
    expect: 'notFound',
    markers: [
      draft.id,
      title,
      set.id,
      evidence.id,
      'minh-chung-cua-A.pdf',
      cluster.id,
      clusterName,
      ...unitMarkers(tree.commune),
    ],
    controlAs: 'emulation_officer',
    snapshot: async () => ({
      scoring: await officer.get(`/api/plans/${draft.id}/scoring`),
      scorecard: await officer.get(card),
      history: await officer.get(`${card}/history`),
      cluster: await officer.get(`/api/clusters/${cluster.id}`),
    }),
    ...build({
      plan: draft.id,
      unit: tree.commune.id,
      set: set.id,
      evidence: evidence.id,
      cluster: cluster.id,
      clusterVersion: cluster.version,
    }),
  };
}

const card = (ids: ScoringIds) => ({ planId: ids.plan, unitId: ids.unit });

/** Criteria sets, plan scoring, scorecards and clusters. */
export const scoringRoutes: Record<string, LeakEntry> = {
  'GET /api/criteria-sets': {
    kind: 'tenantResource',
    fixture: (world) =>
      aCriteriaSet(world, ({ name }): Partial<ResourceFixture> => ({
        expect: 'list',
        query: {},
        variants: [{ query: { q: name } }, { query: { status: 'published', pageSize: '100' } }],
      })),
  },
  'POST /api/criteria-sets': {
    kind: 'tenantResource',
    fixture: (world) =>
      aCriteriaSet(world, ({ name }) => ({ expect: 'unaffected', body: criteriaSetBody({ name }) })),
  },
  'GET /api/criteria-sets/{id}': {
    kind: 'tenantResource',
    fixture: (world) => aCriteriaSet(world, ({ published }) => ({ params: { id: published } })),
  },
  'PUT /api/criteria-sets/{id}': {
    kind: 'tenantResource',
    fixture: (world) =>
      aCriteriaSet(world, ({ draft }) => ({
        params: { id: draft },
        body: { ...criteriaSetBody({ name: 'Sửa bởi B' }), version: 1 },
      })),
  },
  'POST /api/criteria-sets/{id}/publish': {
    kind: 'tenantResource',
    fixture: (world) => aCriteriaSet(world, ({ draft }) => ({ params: { id: draft } })),
  },
  'POST /api/criteria-sets/{id}/archive': {
    kind: 'tenantResource',
    fixture: (world) => aCriteriaSet(world, ({ published }) => ({ params: { id: published } })),
  },
  'POST /api/criteria-sets/{id}/copy': {
    kind: 'tenantResource',
    fixture: (world) => aCriteriaSet(world, ({ published }) => ({ params: { id: published } })),
  },
  'DELETE /api/criteria-sets/{id}': {
    kind: 'tenantResource',
    fixture: (world) => aCriteriaSet(world, ({ draft }) => ({ params: { id: draft } })),
  },
  'GET /api/plans/{planId}/scoring': {
    kind: 'tenantResource',
    fixture: (world) => aScoring(world, ({ plan }) => ({ params: { planId: plan } })),
  },
  'PUT /api/plans/{planId}/scoring': {
    kind: 'tenantResource',
    fixture: (world) =>
      aScoring(world, ({ plan }) => ({ params: { planId: plan }, body: { criteriaSetId: null } })),
  },
  'GET /api/scorecards': {
    kind: 'tenantResource',
    fixture: (world) =>
      aScoring(world, ({ plan, cluster }): Partial<ResourceFixture> => ({
        expect: 'list',
        query: {},
        variants: [
          { query: { planId: plan, sort: 'total' } },
          { query: { status: 'submitted', pageSize: '100' } },
          { query: { clusterId: cluster } },
        ],
      })),
  },
  'GET /api/plans/{planId}/scorecards/{unitId}': {
    kind: 'tenantResource',
    fixture: (world) => aScoring(world, (ids) => ({ params: card(ids) })),
  },
  'PUT /api/plans/{planId}/scorecards/{unitId}': {
    kind: 'tenantResource',
    fixture: (world) =>
      aScoring(world, (ids) => ({
        params: card(ids),
        body: { version: 0, items: points(1, 1, 1), bonus: null },
      })),
  },
  'POST /api/plans/{planId}/scorecards/{unitId}/submit': {
    kind: 'tenantResource',
    fixture: (world) => aScoring(world, (ids) => ({ params: card(ids) })),
  },
  'PUT /api/plans/{planId}/scorecards/{unitId}/review': {
    kind: 'tenantResource',
    fixture: (world) =>
      aScoring(world, (ids) => ({
        params: card(ids),
        body: { version: 3, items: points(1, 1, 1), bonus: null, reason: 'Chấm bởi B' },
      })),
  },
  'POST /api/plans/{planId}/scorecards/{unitId}/decision': {
    kind: 'tenantResource',
    fixture: (world) =>
      aScoring(world, (ids) => ({
        params: card(ids),
        body: { decision: 'return', comment: 'Trả lại bởi B' },
      })),
  },
  'GET /api/plans/{planId}/scorecards/{unitId}/history': {
    kind: 'tenantResource',
    fixture: (world) => aScoring(world, (ids) => ({ params: card(ids) })),
  },
  'POST /api/plans/{planId}/scorecards/{unitId}/evidence': {
    kind: 'tenantResource',
    fixture: (world) =>
      aScoring(world, (ids) => ({
        params: card(ids),
        files: { file: { name: 'cua-B.pdf', content: PDF } },
      })),
    matrix: { harmless: 'without a file the upload is refused before anything is stored' },
    badInput: { skip: 'multipart upload, covered by scoring.integration.ts' },
  },
  'GET /api/plans/{planId}/scorecards/{unitId}/evidence/{evidenceId}': {
    kind: 'tenantResource',
    fixture: (world) => aScoring(world, (ids) => ({ params: { ...card(ids), evidenceId: ids.evidence } })),
  },
  'DELETE /api/plans/{planId}/scorecards/{unitId}/evidence/{evidenceId}': {
    kind: 'tenantResource',
    fixture: (world) => aScoring(world, (ids) => ({ params: { ...card(ids), evidenceId: ids.evidence } })),
  },
  'GET /api/clusters': {
    kind: 'tenantResource',
    fixture: (world) => aScoring(world, ({ plan }) => ({ query: { planId: plan } })),
  },
  'POST /api/clusters': {
    kind: 'tenantResource',
    fixture: (world) =>
      aScoring(world, ({ plan, unit }) => ({
        body: { planId: plan, name: 'Cụm của B', kind: 'bloc', memberUnitIds: [unit, unit] },
      })),
  },
  'GET /api/clusters/{id}': {
    kind: 'tenantResource',
    fixture: (world) => aScoring(world, ({ cluster }) => ({ params: { id: cluster } })),
  },
  'PUT /api/clusters/{id}': {
    kind: 'tenantResource',
    fixture: (world) =>
      aScoring(world, ({ cluster, clusterVersion, unit }) => ({
        params: { id: cluster },
        body: { version: clusterVersion, name: 'Đổi bởi B', kind: 'cluster', memberUnitIds: [unit] },
      })),
  },
  'PUT /api/clusters/{id}/covenant': {
    kind: 'tenantResource',
    fixture: (world) =>
      aScoring(world, ({ cluster, clusterVersion }) => ({
        params: { id: cluster },
        body: { version: clusterVersion, signedOn: '2026-02-02', place: 'B', content: 'Giao ước của B' },
      })),
  },
  'POST /api/clusters/{id}/leader': {
    kind: 'tenantResource',
    fixture: (world) =>
      aScoring(world, ({ cluster, clusterVersion, unit }) => ({
        params: { id: cluster },
        body: { version: clusterVersion, unitId: unit, note: 'Chọn bởi B' },
      })),
  },
  'DELETE /api/clusters/{id}': {
    kind: 'tenantResource',
    fixture: (world) => aScoring(world, ({ cluster }) => ({ params: { id: cluster } })),
  },
};
