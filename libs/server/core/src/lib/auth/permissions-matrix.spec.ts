import {
  listOperations,
  OpenApiDocumentLike,
  renderPermissionsMarkdown,
  roleAllows,
} from './permissions-matrix';

const doc: OpenApiDocumentLike = {
  paths: {
    '/health': { get: { summary: 'Liveness', 'x-permission': 'public' } },
    '/api/tenants/{id}': {
      patch: {
        parameters: [{ name: 'id', in: 'path', required: true }],
        requestBody: { content: { 'application/json': { schema: {} } } },
        'x-permission': { action: 'update', subject: 'Tenant' },
      },
      get: { summary: 'One | tenant', 'x-permission': { action: 'read', subject: 'Tenant' } },
    },
    '/api/auth/me': { get: { 'x-permission': 'signed-in' } },
    '/api/secret': { get: {} },
  },
};

describe('permissions matrix from the OpenAPI document and the default roles', () => {
  it('lists operations in a stable order with their permission, path parameters and body kind', () => {
    const routes = listOperations(doc);
    expect(routes.map((r) => r.key)).toEqual([
      'GET /api/auth/me',
      'GET /api/secret',
      'GET /api/tenants/{id}',
      'PATCH /api/tenants/{id}',
      'GET /health',
    ]);
    const patch = routes.find((r) => r.key === 'PATCH /api/tenants/{id}');
    expect(patch).toMatchObject({ pathParams: ['id'], jsonBody: true });
    expect(routes.find((r) => r.key === 'GET /api/secret')?.permission).toBeUndefined();
  });

  it('allows public routes to everyone, signed-in routes to every role, and checks subject-type rules', () => {
    expect(roleAllows('public', 'anonymous')).toBe(true);
    expect(roleAllows('signed-in', 'anonymous')).toBe(false);
    expect(roleAllows('signed-in', 'viewer')).toBe(true);
    expect(roleAllows({ action: 'update', subject: 'Tenant' }, 'platform_operator')).toBe(true);
    expect(roleAllows({ action: 'update', subject: 'Tenant' }, 'tenant_admin')).toBe(false);
    // A conditional rule ("in my subtree") still passes the guard; the service filters the rows.
    expect(roleAllows({ action: 'read', subject: 'OrgUnit' }, 'viewer')).toBe(true);
    expect(roleAllows(undefined, 'platform_operator')).toBe(false);
  });

  it('renders one row per route with a column per role, escaping table syntax', () => {
    const page = renderPermissionsMarkdown(doc);
    expect(page).toContain('npm run cli -- docs:permissions');
    const row = page.split('\n').find((l) => l.startsWith('| GET | `/api/tenants/{id}`'));
    expect(row).toBe(
      '| GET | `/api/tenants/{id}` | One \\| tenant | `read` `Tenant` | ✓ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ |',
    );
    expect(page).toContain('| GET | `/api/secret` |  | **none declared: denied to all** |');
  });
});
