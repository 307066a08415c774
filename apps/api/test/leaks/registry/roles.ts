import { RoleDto } from '@thidua/shared/contracts';
import type { Response } from 'supertest';
import { LeakWorld } from '../world';
import { LeakEntry, ResourceFixture } from './types';

/** The role A narrows, and the narrowed rules (council members may then read unit types only). */
const ROLE = 'council_member';
const NARROWED = [{ action: 'read', subject: 'OrgUnitType' }];

/** B must see B's own copy of the role: the platform default, whatever A did. */
function showsDefault(res: Response): void {
  const role = (res.body as RoleDto[]).find((r) => r.key === ROLE);
  expect(role).toMatchObject({ customized: false });
}

/** A narrows a role; B reads, narrows or resets the same key, which acts on B's own copy only. */
async function aNarrowed(world: LeakWorld, fixture: Partial<ResourceFixture>): Promise<ResourceFixture> {
  const a = world.a.admin.client;
  await a.ok('put', `/api/roles/${ROLE}`, { body: { rules: NARROWED } });
  const reset = () => world.b.admin.client.ok('delete', `/api/roles/${ROLE}`).then(() => undefined);
  return {
    expect: 'unaffected',
    params: { key: ROLE },
    markers: [],
    snapshot: () => a.get('/api/roles'),
    // B's role must not stay narrowed: later checks expect B's roles to be the defaults.
    settle: reset,
    cleanup: () => a.ok('delete', `/api/roles/${ROLE}`).then(() => undefined),
    ...fixture,
  };
}

/** Roles as data: each tenant may narrow the platform's defaults for itself. */
export const roleRoutes: Record<string, LeakEntry> = {
  'GET /api/roles': {
    kind: 'tenantResource',
    fixture: (world) => aNarrowed(world, { expect: 'list', params: {}, check: showsDefault }),
  },
  'PUT /api/roles/{key}': {
    kind: 'tenantResource',
    fixture: (world) => aNarrowed(world, { body: { rules: [{ action: 'read', subject: 'OrgUnit' }] } }),
  },
  'DELETE /api/roles/{key}': {
    kind: 'tenantResource',
    fixture: (world) => aNarrowed(world, {}),
  },
};
