import { MatrixRole, OpenApiDocumentLike, roleAllows, RouteOperation } from '@thidua/server/core';
import { ApiErrorBody } from '@thidua/shared/contracts';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { LeakEntry } from './registry';
import { Client, LeakWorld, Probe } from './world';

/** How the bad-input pass reaches one route: who calls, where, with what valid body, and what must not change. */
export interface BadInputTarget {
  client: Client;
  params: Record<string, string>;
  validBody: Record<string, unknown>;
  snapshot?: () => Promise<unknown>;
  cleanup?: () => Promise<void>;
}

const CALLERS: readonly MatrixRole[] = [
  'tenant_admin',
  'platform_operator',
  'emulation_officer',
  'unit_officer',
  'council_member',
  'viewer',
];

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** A user allowed on the route, pointed at real data when the registry has a fixture for it. */
export async function badInputTarget(
  world: LeakWorld,
  route: RouteOperation,
  entry: LeakEntry | undefined,
): Promise<BadInputTarget> {
  const role =
    route.permission === 'public' ? 'anonymous' : CALLERS.find((r) => roleAllows(route.permission, r));
  if (!role) throw new Error(`${route.key}: no role passes its guard`);
  const client =
    role === 'anonymous'
      ? world.anonymous
      : role === 'platform_operator'
        ? world.operator.client
        : world.a.actors[role].client;
  const random = Object.fromEntries(route.pathParams.map((p) => [p, randomUUID()]));
  const hinted = entry?.badInput?.validBody ? asObject(await entry.badInput.validBody(world)) : undefined;
  if (entry?.kind === 'tenantResource' && role !== 'platform_operator') {
    const fixture = await entry.fixture(world);
    return {
      client,
      params: { ...random, ...fixture.params },
      validBody: hinted ?? asObject(fixture.body),
      snapshot: fixture.snapshot,
      cleanup: fixture.cleanup,
    };
  }
  if (entry?.kind === 'platform') {
    const probe: Probe = await entry.probe(world);
    return {
      client,
      params: { ...random, ...probe.params },
      validBody: hinted ?? asObject(probe.body),
      snapshot: () => entry.snapshot(world),
    };
  }
  return { client, params: random, validBody: hinted ?? {} };
}

interface JsonSchema {
  $ref?: string;
  type?: string;
  properties?: Record<string, JsonSchema>;
  allOf?: JsonSchema[];
}

/** The request body's schema with `$ref`s and `allOf` resolved to one object schema. */
export function bodySchema(doc: OpenApiDocumentLike, route: RouteOperation): JsonSchema {
  const resolve = (schema: JsonSchema): JsonSchema => {
    if (schema.$ref) {
      const name = schema.$ref.split('/').pop() ?? '';
      return resolve((doc.components?.schemas?.[name] ?? {}) as JsonSchema);
    }
    if (schema.allOf) {
      const parts = schema.allOf.map(resolve);
      return { type: 'object', properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})) };
    }
    return schema;
  };
  return resolve((route.operation.requestBody?.content?.['application/json']?.schema ?? {}) as JsonSchema);
}

/** A value no validator of `schema`'s type accepts. */
function wrongValue(schema: JsonSchema): unknown {
  switch (schema.type) {
    case 'number':
    case 'integer':
      return 'không phải số';
    case 'boolean':
      return 'có lẽ';
    case 'array':
      return 'không phải danh sách';
    case 'string':
      return 12345;
    default:
      return 12345;
  }
}

/** Every declared field set to a value of the wrong type. */
export function wrongTypes(schema: JsonSchema): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, p]) => [name, wrongValue(p)]),
  );
}

/** Field messages with a constraint argument left unfilled ("tối đa {0} ký tự"): reported, not failed. */
export function unfilledMessages(res: Response): string[] {
  const errors = (res.body as Partial<ApiErrorBody>).errors ?? [];
  return errors.filter((e) => /\{\d\}/.test(e.message)).map((e) => `${e.field}: ${e.message}`);
}

/** 400 in the API's one error shape, with field errors naming at least one of `fields`. */
export function refusalProblems(res: Response, fields: string[]): string[] {
  const body = res.body as Partial<ApiErrorBody>;
  const problems: string[] = [];
  if (res.status !== 400) problems.push(`expected 400, got ${res.status} ${JSON.stringify(res.body)}`);
  if (body.statusCode !== 400 || typeof body.error !== 'string' || typeof body.message !== 'string') {
    problems.push(`not the ApiErrorBody shape: ${JSON.stringify(res.body)}`);
  }
  const errors = Array.isArray(body.errors) ? body.errors : undefined;
  if (!errors?.length) problems.push(`no errors[] in ${JSON.stringify(res.body)}`);
  for (const e of errors ?? []) {
    if (typeof e.field !== 'string' || typeof e.code !== 'string' || typeof e.message !== 'string') {
      problems.push(`malformed field error ${JSON.stringify(e)}`);
    }
  }
  const reported = new Set((errors ?? []).map((e) => e.field.split('.')[0]));
  if (fields.length && fields.every((f) => !reported.has(f))) {
    problems.push(`none of ${fields.join(', ')} is named in errors[]: ${JSON.stringify(errors)}`);
  }
  return problems;
}

/** Fields of the wrong type that errors[] does not name (e.g. skipped by a @ValidateIf): reported, not failed. */
export function unreportedFields(res: Response, fields: string[]): string[] {
  const reported = new Set(
    ((res.body as Partial<ApiErrorBody>).errors ?? []).map((e) => e.field.split('.')[0]),
  );
  return fields.filter((f) => !reported.has(f));
}
