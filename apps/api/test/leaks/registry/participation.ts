import { EvidenceDto, PlanDto } from '@thidua/shared/contracts';
import { createTree, unique, unitMarkers } from '../fixtures';
import { LeakWorld } from '../world';
import { LeakEntry, ResourceFixture } from './types';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n', 'latin1');

const registrationBody = {
  version: 0,
  movements: [],
  targets: [{ content: 'Phát triển đoàn viên', unitOfMeasure: 'đoàn viên', plannedValue: 10, note: null }],
  collectiveTitles: [],
  individualTitles: [],
};

/**
 * Tenant A's issued plan sent to one commune, the commune's submitted registration and its phase
 * report with one evidence file; B is pointed at them.
 */
async function aParticipation(
  world: LeakWorld,
  build: (ids: { plan: string; phase: string; unit: string; evidence: string }) => Partial<ResourceFixture>,
) {
  const officer = world.a.actors.emulation_officer.client;
  const unitOfficer = world.a.actors.unit_officer.client;
  const tree = await createTree(world.a.admin.client);
  const title = `Kế hoạch của A ${unique()}`;
  const draft = await officer.post<PlanDto>('/api/plans', {
    issuerUnitId: tree.root.id,
    recipientUnitIds: [tree.commune.id],
    content: {
      docNo: null,
      docSymbol: 'KH-LĐ',
      place: 'A',
      issuedDate: null,
      year: 2026,
      title,
      bases: [],
      context: null,
      purposes: [],
      theme: null,
      activityTheme: null,
      contentIntro: null,
      contentItems: [],
      movements: [],
      phases: [{ name: 'Đợt 1', from: '2026-01-01', to: '2099-12-31', focus: '', commemorations: [] }],
      duties: [],
      reportingChannel: null,
      closing: null,
      recipients: [],
      archive: null,
      signature: { mode: 'TM', body: 'BAN THƯỜNG VỤ', title: 'CHỦ TỊCH', name: 'Người Ký' },
    },
  });
  await officer.post(`/api/plans/${draft.id}/transitions`, { transition: 'submit' });
  const plan = await world.a.actors.federation_leader.client.post<PlanDto>(
    `/api/plans/${draft.id}/transitions`,
    {
      transition: 'issue',
    },
  );
  const phase = plan.phases[0].id;
  const unit = tree.commune.id;
  const registration = `/api/plans/${plan.id}/registrations/${unit}`;
  const report = `/api/plans/${plan.id}/phases/${phase}/reports/${unit}`;
  await unitOfficer.ok('put', registration, { body: registrationBody });
  await unitOfficer.post(`${registration}/submit`);
  await unitOfficer.ok('put', report, {
    body: { version: 0, narrative: `Báo cáo của A ${title}`, indicators: [] },
  });
  const evidence = await unitOfficer.ok<EvidenceDto>('post', `${report}/evidence`, {
    files: { file: { name: 'bien-ban-cua-A.pdf', content: PDF } },
  });
  await unitOfficer.post(`${report}/submit`);
  const fixture: ResourceFixture = {
    expect: 'notFound',
    markers: [plan.id, title, evidence.id, 'bien-ban-cua-A.pdf', ...unitMarkers(tree.commune)],
    controlAs: 'emulation_officer',
    snapshot: async () => ({
      registration: await officer.get(registration),
      report: await officer.get(report),
    }),
    ...build({ plan: plan.id, phase, unit, evidence: evidence.id }),
  };
  return fixture;
}

const reportParams = (ids: { plan: string; phase: string; unit: string }) => ({
  planId: ids.plan,
  phaseId: ids.phase,
  unitId: ids.unit,
});

/** Participation: registrations, phase reports and evidence. */
export const participationRoutes: Record<string, LeakEntry> = {
  'GET /api/registrations': {
    kind: 'tenantResource',
    fixture: (world) =>
      aParticipation(world, ({ plan }): Partial<ResourceFixture> => ({
        expect: 'list',
        query: {},
        variants: [{ query: { planId: plan } }, { query: { status: 'submitted', pageSize: '100' } }],
      })),
  },
  'GET /api/plans/{planId}/participation': {
    kind: 'tenantResource',
    fixture: (world) => aParticipation(world, ({ plan }) => ({ params: { planId: plan } })),
  },
  'GET /api/plans/{planId}/dashboard': {
    kind: 'tenantResource',
    fixture: (world) => aParticipation(world, ({ plan }) => ({ params: { planId: plan } })),
  },
  'GET /api/plans/{planId}/registrations/{unitId}': {
    kind: 'tenantResource',
    fixture: (world) =>
      aParticipation(world, ({ plan, unit }) => ({ params: { planId: plan, unitId: unit } })),
  },
  'PUT /api/plans/{planId}/registrations/{unitId}': {
    kind: 'tenantResource',
    fixture: (world) =>
      aParticipation(world, ({ plan, unit }) => ({
        params: { planId: plan, unitId: unit },
        body: registrationBody,
      })),
  },
  'POST /api/plans/{planId}/registrations/{unitId}/submit': {
    kind: 'tenantResource',
    fixture: (world) =>
      aParticipation(world, ({ plan, unit }) => ({ params: { planId: plan, unitId: unit } })),
  },
  'POST /api/plans/{planId}/registrations/{unitId}/review': {
    kind: 'tenantResource',
    fixture: (world) =>
      aParticipation(world, ({ plan, unit }) => ({
        params: { planId: plan, unitId: unit },
        body: { decision: 'return', comment: 'Trả lại bởi B' },
      })),
  },
  'GET /api/reports': {
    kind: 'tenantResource',
    fixture: (world) =>
      aParticipation(world, ({ plan, phase }): Partial<ResourceFixture> => ({
        expect: 'list',
        query: {},
        variants: [{ query: { planId: plan, phaseId: phase } }, { query: { status: 'submitted' } }],
      })),
  },
  'GET /api/plans/{planId}/phases/{phaseId}/reports/{unitId}': {
    kind: 'tenantResource',
    fixture: (world) => aParticipation(world, (ids) => ({ params: reportParams(ids) })),
  },
  'PUT /api/plans/{planId}/phases/{phaseId}/reports/{unitId}': {
    kind: 'tenantResource',
    fixture: (world) =>
      aParticipation(world, (ids) => ({
        params: reportParams(ids),
        body: { version: 0, narrative: 'Ghi đè bởi B', indicators: [] },
      })),
  },
  'POST /api/plans/{planId}/phases/{phaseId}/reports/{unitId}/submit': {
    kind: 'tenantResource',
    fixture: (world) => aParticipation(world, (ids) => ({ params: reportParams(ids) })),
  },
  'POST /api/plans/{planId}/phases/{phaseId}/reports/{unitId}/review': {
    kind: 'tenantResource',
    fixture: (world) =>
      aParticipation(world, (ids) => ({
        params: reportParams(ids),
        body: { decision: 'accept' },
      })),
  },
  'POST /api/plans/{planId}/phases/{phaseId}/reports/{unitId}/evidence': {
    kind: 'tenantResource',
    fixture: (world) =>
      aParticipation(world, (ids) => ({
        params: reportParams(ids),
        files: { file: { name: 'cua-B.pdf', content: PDF } },
      })),
    matrix: { harmless: 'without a file the upload is refused before anything is stored' },
    badInput: { skip: 'multipart upload, covered by participation.integration.ts' },
  },
  'GET /api/plans/{planId}/phases/{phaseId}/reports/{unitId}/evidence/{evidenceId}': {
    kind: 'tenantResource',
    fixture: (world) =>
      aParticipation(world, (ids) => ({ params: { ...reportParams(ids), evidenceId: ids.evidence } })),
  },
  'DELETE /api/plans/{planId}/phases/{phaseId}/reports/{unitId}/evidence/{evidenceId}': {
    kind: 'tenantResource',
    fixture: (world) =>
      aParticipation(world, (ids) => ({ params: { ...reportParams(ids), evidenceId: ids.evidence } })),
  },
};
