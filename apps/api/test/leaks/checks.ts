import { roleAllows, RouteOperation } from '@thidua/server/core';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import {
  LeakEntry,
  LeakProbe,
  PlatformEntry,
  PublicEntry,
  ResourceFixture,
  SelfEntry,
  TenantResourceEntry,
} from './registry';
import { LeakWorld, Probe, TENANT_ROLES } from './world';

/** What the leak suite proves for each kind of registry entry. */

function describeProbe({ params, query, body, files }: Probe): string {
  const text = JSON.stringify({ params, query, body, files: files ? Object.keys(files) : undefined });
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

/** Rows of a list answer: a Page's items or a bare array; undefined when it is not a list. */
function rowsOf(body: unknown): unknown[] | undefined {
  if (Array.isArray(body)) return body;
  const items = (body as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? items : undefined;
}

/** A's markers found in an answer, leaving out those the caller sent itself. */
export function leakedMarkers(
  res: Response,
  { params, query, body, headers }: Probe,
  markers: string[],
): string[] {
  const sent = JSON.stringify({ params, query, body, headers });
  const answer = `${JSON.stringify(res.body ?? null)}\n${res.text ?? ''}`;
  return markers.filter((m) => m.length > 0 && !sent.includes(m) && answer.includes(m));
}

/** What is wrong with B's answer to one probe; empty when it is right. */
function judge(fixture: ResourceFixture, probe: LeakProbe, res: Response): string[] {
  const problems: string[] = [];
  const leaked = leakedMarkers(res, probe, fixture.markers);
  if (leaked.length) problems.push(`answer contains A's data: ${leaked.join(', ')}`);
  if (res.status >= 500) problems.push(`server error ${res.status}: ${JSON.stringify(res.body)}`);
  if (fixture.expect === 'notFound') {
    const status = probe.refusal?.status ?? 404;
    const error = probe.refusal?.error;
    const body = res.body as { error?: string };
    if (res.status !== status || (error && body.error !== error)) {
      problems.push(
        `expected ${status}${error ? ` ${error}` : ''}, got ${res.status} ${JSON.stringify(res.body)}`,
      );
    }
  } else if (fixture.expect === 'list') {
    if (res.status !== 404 && (res.status !== 200 || rowsOf(res.body) === undefined)) {
      problems.push(`expected a list (200) or 404, got ${res.status} ${JSON.stringify(res.body)}`);
    }
  }
  try {
    if (res.status < 300) fixture.check?.(res);
  } catch (error) {
    problems.push((error as Error).message);
  }
  return problems;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The probe with each of A's ids swapped for one that exists nowhere. */
function twinOf(probe: LeakProbe, markers: string[]): Probe {
  let text = JSON.stringify({ params: probe.params, query: probe.query, body: probe.body });
  for (const id of markers.filter((m) => UUID.test(m))) text = text.split(id).join(randomUUID());
  return { ...(JSON.parse(text) as Probe), headers: probe.headers };
}

/** B's answer for A's id must be the answer for an id that does not exist: B cannot tell A's ids apart. */
async function indistinguishable(
  world: LeakWorld,
  route: RouteOperation,
  probe: LeakProbe,
  res: Response,
  markers: string[],
) {
  const twin = await world.b.admin.client.send(route.method, route.path, twinOf(probe, markers));
  const seen = `${res.status} ${(res.body as { error?: string }).error}`;
  const unknown = `${twin.status} ${(twin.body as { error?: string }).error}`;
  return seen === unknown ? [] : [`A's ids get "${seen}" but ids that exist nowhere get "${unknown}"`];
}

async function unchanged(what: string, before: unknown, after: unknown): Promise<string[]> {
  return JSON.stringify(after) === JSON.stringify(before)
    ? []
    : [`${what} changed:\n  before ${JSON.stringify(before)}\n  after  ${JSON.stringify(after)}`];
}

/** B's admin and every other role of B's, pointed at A's resource: 404 / no A rows / 403. */
async function tenantResource(world: LeakWorld, route: RouteOperation, entry: TenantResourceEntry) {
  const fixture = await entry.fixture(world);
  const problems: string[] = [];
  try {
    const before = await fixture.snapshot();
    for (const probe of [fixture, ...(fixture.variants ?? [])]) {
      for (const role of TENANT_ROLES) {
        const res = await world.b.actors[role].client.send(route.method, route.path, probe);
        const where = `B's ${role} with ${describeProbe(probe)}`;
        if (!roleAllows(route.permission, role)) {
          if (res.status !== 403) problems.push(`${where}: expected 403, got ${res.status}`);
          continue;
        }
        problems.push(...judge(fixture, probe, res).map((p) => `${where}: ${p}`));
        if (fixture.expect === 'notFound' && role === 'tenant_admin') {
          problems.push(
            ...(await indistinguishable(world, route, probe, res, fixture.markers)).map(
              (p) => `${where}: ${p}`,
            ),
          );
        }
        await fixture.settle?.(res, world);
      }
    }
    problems.push(...(await unchanged("A's data", before, await fixture.snapshot())));
    if (route.method === 'get') problems.push(...(await control(world, route, fixture)));
  } finally {
    await fixture.cleanup?.();
  }
  expect(problems).toEqual([]);
}

/** The same read as A's admin (or the role named) reaches A's data: B's refusal is the tenant's doing, not a bad fixture. */
async function control(world: LeakWorld, route: RouteOperation, fixture: ResourceFixture): Promise<string[]> {
  const actor = fixture.controlAs ? world.a.actors[fixture.controlAs] : world.a.admin;
  const res = await actor.client.send('get', route.path, fixture);
  if (res.status !== 200) return [`control: A's ${actor.role} got ${res.status} for the same request`];
  const seen = fixture.markers.filter((m) => m && JSON.stringify(res.body).includes(m));
  if (fixture.expect === 'list' && fixture.markers.length > 0 && seen.length === 0) {
    return ["control: A's admin's list shows none of the markers: the fixture's filter matches nothing"];
  }
  return [];
}

/** Platform routes: every role of B's gets 403, anonymous 401, and nothing changes. */
async function platform(world: LeakWorld, route: RouteOperation, entry: PlatformEntry) {
  const problems = TENANT_ROLES.filter((role) => roleAllows(route.permission, role)).map(
    (role) => `registered as platform, but ${role} passes its guard`,
  );
  const probe = await entry.probe(world);
  const before = await entry.snapshot(world);
  for (const role of TENANT_ROLES) {
    const res = await world.b.actors[role].client.send(route.method, route.path, probe);
    if (res.status !== 403) problems.push(`B's ${role}: expected 403, got ${res.status}`);
  }
  const anonymous = await world.anonymous.send(route.method, route.path, probe);
  if (anonymous.status !== 401) problems.push(`anonymous: expected 401, got ${anonymous.status}`);
  problems.push(...(await unchanged('platform data', before, await entry.snapshot(world))));
  expect(problems).toEqual([]);
}

async function self(world: LeakWorld, _route: RouteOperation, entry: SelfEntry) {
  await entry.prove(world);
}

/** Public routes: called without a token, the answer holds nothing of tenant A's. */
async function publicRoute(world: LeakWorld, route: RouteOperation, _entry: PublicEntry) {
  expect(route.permission).toBe('public');
  const { a } = world;
  const markers = [
    a.tenant.id,
    a.tenant.name,
    ...Object.values(a.actors).flatMap((x) => [x.userId, x.login]),
  ];
  const res = await world.anonymous.send(
    route.method,
    route.path,
    route.method === 'get' ? {} : { body: {} },
  );
  expect(leakedMarkers(res, {}, markers)).toEqual([]);
  // 503 is /ready saying a service is down; any other 5xx is a bug.
  expect(res.status < 500 || res.status === 503).toBe(true);
}

export async function checkEntry(world: LeakWorld, route: RouteOperation, entry: LeakEntry): Promise<void> {
  switch (entry.kind) {
    case 'tenantResource':
      return tenantResource(world, route, entry);
    case 'platform':
      return platform(world, route, entry);
    case 'self':
      return self(world, route, entry);
    case 'public':
      return publicRoute(world, route, entry);
  }
}

/** Why an entry's kind does not fit the route's permission; undefined when it fits. */
export function kindMismatch(route: RouteOperation, entry: LeakEntry): string | undefined {
  const p = route.permission;
  if (p === undefined) return `${route.key} declares no x-permission`;
  if (entry.kind === 'public' && p !== 'public')
    return `${route.key} is registered public but needs ${JSON.stringify(p)}`;
  if (entry.kind === 'tenantResource' && p === 'public')
    return `${route.key} is public but registered as tenant data`;
  if (entry.kind === 'platform' && (typeof p !== 'object' || TENANT_ROLES.some((r) => roleAllows(p, r)))) {
    return `${route.key} is registered platform-only but tenant roles pass its guard`;
  }
  return undefined;
}
