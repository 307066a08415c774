import {
  buildAbility,
  DEFAULT_ROLES,
  ROLE_KEYS,
  RoleDefinition,
  RoleKey,
  rulesFor,
} from '@thidua/shared/permissions';
import { OpenApiPermission } from './can.decorator';

/**
 * Who may pass the guard of which route, computed from the OpenAPI document (`x-permission` of each
 * operation) and the role definitions. One pure function renders docs/permissions.md; the access
 * matrix test and `npm run cli -- docs:permissions` share it, so the page and the tests cannot drift.
 */

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** The parts of an OpenAPI operation this module reads. */
export interface OpenApiOperationLike {
  summary?: string;
  operationId?: string;
  parameters?: Array<{ name: string; in: string; required?: boolean }>;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  'x-permission'?: unknown;
}

export interface OpenApiDocumentLike {
  paths: Record<string, Partial<Record<string, OpenApiOperationLike>>>;
  components?: { schemas?: Record<string, unknown> };
}

export interface RouteOperation {
  method: HttpMethod;
  /** As the OpenAPI document writes it, e.g. `/api/org/units/{id}`. */
  path: string;
  /** `GET /api/org/units/{id}`: how the leak registry and the reports name a route. */
  key: string;
  summary: string;
  /** undefined when the operation declares none (the guard then denies everyone). */
  permission: OpenApiPermission | undefined;
  pathParams: string[];
  /** True when the operation takes a JSON body. */
  jsonBody: boolean;
  operation: OpenApiOperationLike;
}

/** Everyone the matrix has a column for: each role, and a caller who is not signed in. */
export type MatrixRole = RoleKey | 'anonymous';
export const MATRIX_ROLES: readonly MatrixRole[] = [...ROLE_KEYS, 'anonymous'];

export function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

export function isOpenApiPermission(value: unknown): value is OpenApiPermission {
  if (value === 'public' || value === 'signed-in') return true;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { action?: unknown }).action === 'string' &&
    typeof (value as { subject?: unknown }).subject === 'string'
  );
}

/** Every operation of the document, sorted by path then method, so every listing is stable. */
export function listOperations(openapi: OpenApiDocumentLike): RouteOperation[] {
  const routes: RouteOperation[] = [];
  for (const [path, item] of Object.entries(openapi.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const declared = operation['x-permission'];
      routes.push({
        method,
        path,
        key: routeKey(method, path),
        summary: operation.summary ?? '',
        permission: isOpenApiPermission(declared) ? declared : undefined,
        pathParams: (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        jsonBody: Boolean(operation.requestBody?.content?.['application/json']),
        operation,
      });
    }
  }
  return routes.sort(
    (a, b) =>
      a.path.localeCompare(b.path, 'en') || HTTP_METHODS.indexOf(a.method) - HTTP_METHODS.indexOf(b.method),
  );
}

/**
 * Whether `role` passes the guard of a route with this permission: `'public'` lets everyone in,
 * `'signed-in'` every role, `{action, subject}` the roles whose rules allow it at subject-type
 * level (conditions such as "in my subtree" are applied later by the service, on rows).
 */
export function roleAllows(
  permission: OpenApiPermission | undefined,
  role: MatrixRole,
  roles: readonly RoleDefinition[] = DEFAULT_ROLES,
): boolean {
  if (permission === undefined) return false;
  if (permission === 'public') return true;
  if (role === 'anonymous') return false;
  if (permission === 'signed-in') return true;
  const definition = roles.find((r) => r.key === role);
  if (!definition) return false;
  const ability = buildAbility(rulesFor(definition.rules, { userId: 'matrix', unitPaths: ['/'] }));
  return ability.can(permission.action, permission.subject);
}

export function describePermission(permission: OpenApiPermission | undefined): string {
  if (permission === undefined) return '**none declared: denied to all**';
  if (permission === 'public') return 'public';
  if (permission === 'signed-in') return 'signed-in';
  return `\`${permission.action}\` \`${permission.subject}\``;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** docs/permissions.md: a deterministic page, so a test can tell when it is stale. */
export function renderPermissionsMarkdown(
  openapi: OpenApiDocumentLike,
  roles: readonly RoleDefinition[] = DEFAULT_ROLES,
): string {
  const columns: MatrixRole[] = [...roles.map((r) => r.key), 'anonymous'];
  const routes = listOperations(openapi);
  const lines = [
    '# Permissions by route',
    '',
    '<!-- Generated file: do not edit by hand. -->',
    '',
    "Generated by `npm run cli -- docs:permissions` from the API's OpenAPI document (the",
    '`x-permission` that `@Can()`, `@SignedIn()` and `@Public()` write on every operation) and the',
    'default roles of `libs/shared/permissions` (`DEFAULT_ROLES`). The access-matrix test',
    '(`apps/api/test/access`) renders the same page with the same function',
    '(`renderPermissionsMarkdown` in `@thidua/server/core`) and fails when this file is stale.',
    '',
    '✓ means the role passes the route\'s guard; conditions such as "within my org subtree" are then',
    'applied by the service to the rows. ✗ means the guard refuses: 401 when not signed in, 403',
    'otherwise. A tenant administrator may narrow a tenant role; this page shows the defaults.',
    '',
    '## Roles',
    '',
    '| Role | Name | Scope |',
    '|---|---|---|',
    ...roles.map((r) => `| \`${r.key}\` | ${cell(r.name.vi)} (${cell(r.name.en)}) | ${r.scope} |`),
    '| `anonymous` | Chưa đăng nhập (not signed in) | — |',
    '',
    `## Routes (${routes.length})`,
    '',
    `| Method | Path | Summary | Permission | ${columns.map((c) => `\`${c}\``).join(' | ')} |`,
    `|---|---|---|---|${columns.map(() => ':-:').join('|')}|`,
    ...routes.map(
      (r) =>
        `| ${r.method.toUpperCase()} | \`${r.path}\` | ${cell(r.summary)} | ${describePermission(r.permission)} | ${columns
          .map((role) => (roleAllows(r.permission, role, roles) ? '✓' : '✗'))
          .join(' | ')} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
