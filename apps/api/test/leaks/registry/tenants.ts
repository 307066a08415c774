import { LeakWorld } from '../world';
import { unique } from '../fixtures';
import { LeakEntry } from './types';

/** Tenant A as the operator reads it. */
const tenantA = ({ a, operator }: LeakWorld) => operator.client.get(`/api/tenants/${a.tenant.id}`);

/** Every tenant, as the operator reads them. */
const allTenants = ({ operator }: LeakWorld) => operator.client.get('/api/tenants');

const newTenantBody = () => {
  const code = unique('moi').toLowerCase();
  return {
    code,
    name: `Liên đoàn Lao động tỉnh ${code}`,
    issuerCode: 'LĐ',
    headerSuperior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
    headerIssuer: `LIÊN ĐOÀN LAO ĐỘNG TỈNH ${code.toUpperCase()}`,
    placeName: 'Mới',
  };
};

/** Tenant management: platform operators only. */
export const tenantRoutes: Record<string, LeakEntry> = {
  'GET /api/tenants': {
    kind: 'platform',
    probe: async () => ({}),
    snapshot: allTenants,
  },
  'POST /api/tenants': {
    kind: 'platform',
    probe: async () => ({ body: newTenantBody() }),
    snapshot: allTenants,
    badInput: { validBody: async () => newTenantBody() },
  },
  'GET /api/tenants/{id}': {
    kind: 'platform',
    probe: async ({ a }) => ({ params: { id: a.tenant.id } }),
    snapshot: tenantA,
  },
  'PATCH /api/tenants/{id}': {
    kind: 'platform',
    probe: async ({ a }) => ({ params: { id: a.tenant.id }, body: { name: 'Bị B đổi tên' } }),
    snapshot: tenantA,
  },
  'POST /api/tenants/{id}/status': {
    kind: 'platform',
    probe: async ({ a }) => ({ params: { id: a.tenant.id }, body: { status: 'suspended' } }),
    snapshot: tenantA,
  },
  'POST /api/tenants/{id}/impersonate': {
    kind: 'platform',
    probe: async ({ a }) => ({ params: { id: a.tenant.id } }),
    // Impersonation changes no tenant data; what must not happen is a session inside A.
    snapshot: async (world) => ({
      tenant: await tenantA(world),
      users: await world.a.admin.client.get('/api/users'),
    }),
  },
};
