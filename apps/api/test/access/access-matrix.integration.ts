import { INestApplication } from '@nestjs/common';
import {
  listOperations,
  MATRIX_ROLES,
  MatrixRole,
  OpenApiDocumentLike,
  renderPermissionsMarkdown,
  roleAllows,
  RouteOperation,
} from '@thidua/server/core';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startApi } from '../api-harness';
import { LEAK_REGISTRY } from '../leaks/registry';
import { Client, LeakWorld, Probe, seedLeakWorld } from '../leaks/world';

const PERMISSIONS_PAGE = join(__dirname, '../../../../docs/permissions.md');

/** The request the matrix sends: harmless whether or not the guard lets it through. */
async function harmlessProbe(world: LeakWorld, route: RouteOperation, role: MatrixRole): Promise<Probe> {
  const hint = LEAK_REGISTRY.get(route.key)?.matrix;
  const probe: Probe = hint?.prepare ? await hint.prepare(world, role) : {};
  // A well-formed id that names nothing: an allowed caller gets 404, which is still "allowed".
  const params = { ...Object.fromEntries(route.pathParams.map((p) => [p, randomUUID()])), ...probe.params };
  // An unknown field: validation refuses the body (400), after the guard has let the caller in.
  const body = probe.body ?? (route.jsonBody ? { matrixProbe: 'refused by validation' } : undefined);
  const changes = route.method !== 'get';
  if (
    changes &&
    body === undefined &&
    route.pathParams.length === 0 &&
    !hint?.harmless &&
    !hint?.prepare &&
    !hint?.endsSession
  ) {
    throw new Error(
      `${route.key} changes data but has neither a JSON body to refuse nor an id to miss: ` +
        'say in its leak-registry entry how the access matrix calls it harmlessly (matrix.harmless or matrix.prepare)',
    );
  }
  return { ...probe, params, body };
}

describe('access matrix: every route × every role, from x-permission and the default roles', () => {
  let api: INestApplication;
  let world: LeakWorld;
  let doc: OpenApiDocumentLike;
  let routes: RouteOperation[];

  beforeAll(async () => {
    api = await startApi();
    world = await seedLeakWorld(api);
    doc = (await request(api.getHttpServer()).get('/api/docs-json').expect(200)).body as OpenApiDocumentLike;
    routes = listOperations(doc);
  }, 60_000);
  afterAll(() => api?.close());

  it('writes the permission of every operation into the OpenAPI document, class-level decorators included', () => {
    expect(
      routes.filter((r) => r.permission === undefined).map((r) => `${r.key} has no x-permission`),
    ).toEqual([]);
    const byKey = new Map(routes.map((r) => [r.key, r.permission]));
    // HealthController has @Public() and SystemController @Can() on the class only.
    expect(byKey.get('GET /health')).toBe('public');
    expect(byKey.get('GET /ready')).toBe('public');
    expect(byKey.get('POST /api/system/ping')).toEqual({ action: 'read', subject: 'SystemStatus' });
    expect(byKey.get('GET /api/system/ping/{jobId}')).toEqual({ action: 'read', subject: 'SystemStatus' });
  });

  it('lets each role past the guard exactly where the permission library says, and refuses the rest', async () => {
    const clientOf = (role: MatrixRole): { client: Client; login?: string } => {
      if (role === 'anonymous') return { client: world.anonymous };
      const actor = role === 'platform_operator' ? world.operator : world.a.actors[role];
      return { client: actor.client, login: actor.login };
    };
    const mismatches: string[] = [];
    let cells = 0;
    for (const route of routes) {
      for (const role of MATRIX_ROLES) {
        const { client, login } = clientOf(role);
        const res = await client.send(route.method, route.path, await harmlessProbe(world, route, role));
        cells++;
        const where = `${route.key} as ${role}`;
        if (roleAllows(route.permission, role)) {
          if (res.status === 401 || res.status === 403) {
            mismatches.push(
              `${where}: expected past the guard, got ${res.status} ${JSON.stringify(res.body)}`,
            );
          } else if (res.status === 500) {
            mismatches.push(`${where}: server error ${JSON.stringify(res.body)}`);
          }
        } else {
          const expected = role === 'anonymous' ? 401 : 403;
          if (res.status !== expected) mismatches.push(`${where}: expected ${expected}, got ${res.status}`);
        }
        if (login && LEAK_REGISTRY.get(route.key)?.matrix?.endsSession) {
          client.token = (await world.signInAgain(login)).token;
        }
      }
    }
    process.stdout.write(
      `\nAccess matrix: ${routes.length} routes × ${MATRIX_ROLES.length} roles = ${cells} cells checked.\n`,
    );
    expect(mismatches).toEqual([]);
  }, 120_000);

  it('keeps docs/permissions.md in step with the routes and the roles', () => {
    const current = existsSync(PERMISSIONS_PAGE) ? readFileSync(PERMISSIONS_PAGE, 'utf8') : '';
    if (current !== renderPermissionsMarkdown(doc)) {
      throw new Error('docs/permissions.md is stale: run npm run cli -- docs:permissions');
    }
  });
});
