import { UserDto } from '@thidua/shared/contracts';
import { createUnit, unique } from '../fixtures';
import { LeakWorld } from '../world';
import { LeakEntry, ResourceFixture } from './types';

const UNIT_UNKNOWN = { status: 400, error: 'org_unit_unknown' } as const;

function invitation(orgUnitId: string | null = null) {
  const name = unique('moi');
  return {
    email: `${name.toLowerCase()}@test.thidua.vn`,
    displayName: `Người được mời ${name}`,
    roleKey: 'viewer',
    orgUnitId,
  };
}

/**
 * A user of A's holding a role on one of A's units, invited through the API; B is pointed at them.
 * The snapshot is the user as A's admin reads them.
 */
async function aUser(world: LeakWorld, build: (u: UserDto, unitId: string) => Partial<ResourceFixture>) {
  const client = world.a.admin.client;
  const unit = await createUnit(client, 'province_federation', null);
  const user = await client.post<UserDto>('/api/users/invitations', invitation(unit.id));
  const fixture: ResourceFixture = {
    expect: 'notFound',
    markers: [user.id, user.email ?? '', user.displayName, user.roles[0].id, unit.id, unit.code],
    snapshot: () => client.get(`/api/users/${user.id}`),
    ...build(user, unit.id),
  };
  return { user, unit, fixture };
}

/** The users of a tenant and their role assignments. */
export const userRoutes: Record<string, LeakEntry> = {
  'GET /api/users': {
    kind: 'tenantResource',
    fixture: async (world): Promise<ResourceFixture> => {
      const { user, fixture } = await aUser(world, () => ({ expect: 'list' }));
      const actors = Object.values(world.a.actors);
      return {
        ...fixture,
        markers: [...fixture.markers, ...actors.flatMap((x) => [x.userId, x.login])],
        query: { q: user.email ?? '' },
        variants: [
          { query: {} },
          { query: { q: user.displayName } },
          { query: { status: 'invited', pageSize: '100' } },
          { query: { roleKey: 'tenant_admin', pageSize: '100' } },
        ],
      };
    },
  },
  'GET /api/users/{id}': {
    kind: 'tenantResource',
    fixture: async (world) => (await aUser(world, (u) => ({ params: { id: u.id } }))).fixture,
  },
  'POST /api/users/invitations': {
    kind: 'tenantResource',
    fixture: async (world) => {
      const { user, fixture } = await aUser(world, (_, unitId) => ({
        body: invitation(unitId),
        refusal: UNIT_UNKNOWN,
      }));
      return {
        ...fixture,
        variants: [
          // Sign-in names are unique on the whole platform, so B learns that the address is taken
          // somewhere; it gets nothing else of A's user.
          {
            body: { ...invitation(null), email: user.email },
            refusal: { status: 409, error: 'email_taken' },
          },
        ],
      };
    },
  },
  'POST /api/users/{id}/roles': {
    kind: 'tenantResource',
    fixture: async (world) => {
      const { fixture, unit } = await aUser(world, (u) => ({
        params: { id: u.id },
        body: { roleKey: 'unit_officer', orgUnitId: null },
      }));
      const bUser = await world.newUser(world.b, 'viewer');
      return {
        ...fixture,
        variants: [
          {
            params: { id: bUser.userId },
            body: { roleKey: 'unit_officer', orgUnitId: unit.id },
            refusal: UNIT_UNKNOWN,
          },
        ],
      };
    },
  },
  'DELETE /api/users/{id}/roles/{assignmentId}': {
    kind: 'tenantResource',
    fixture: async (world) => {
      const { user, fixture } = await aUser(world, (u) => ({
        params: { id: u.id, assignmentId: u.roles[0].id },
      }));
      const bUser = await world.newUser(world.b, 'viewer');
      return { ...fixture, variants: [{ params: { id: bUser.userId, assignmentId: user.roles[0].id } }] };
    },
  },
  'POST /api/users/{id}/disable': {
    kind: 'tenantResource',
    fixture: async (world) => {
      const { fixture } = await aUser(world, () => ({}));
      const victim = world.a.actors.council_member;
      return {
        ...fixture,
        params: { id: victim.userId },
        markers: [...fixture.markers, victim.userId, victim.login],
        snapshot: async () => ({
          user: await world.a.admin.client.get(`/api/users/${victim.userId}`),
          session: (await victim.client.send('get', '/api/auth/me')).status,
        }),
      };
    },
  },
  'POST /api/users/{id}/enable': {
    kind: 'tenantResource',
    fixture: async (world) => {
      const { user, fixture } = await aUser(world, (u) => ({ params: { id: u.id } }));
      await world.a.admin.client.post(`/api/users/${user.id}/disable`);
      return fixture;
    },
  },
};
