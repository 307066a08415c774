import { AuditEntryDto, Page, UserDto } from '@thidua/shared/contracts';
import { createUnit, unique } from '../fixtures';
import { LeakEntry, ResourceFixture } from './types';

/** The audit log of a tenant. */
export const auditRoutes: Record<string, LeakEntry> = {
  'GET /api/audit': {
    kind: 'tenantResource',
    fixture: async ({ a }): Promise<ResourceFixture> => {
      const client = a.admin.client;
      const unit = await createUnit(client, 'province_federation', null);
      const name = unique('nk');
      const user = await client.post<UserDto>('/api/users/invitations', {
        email: `${name.toLowerCase()}@test.thidua.vn`,
        displayName: `Người trong nhật ký ${name}`,
        roleKey: 'viewer',
        orgUnitId: unit.id,
      });
      const entries = await client.get<Page<AuditEntryDto>>('/api/audit', { pageSize: '100' });
      expect(entries.items.length).toBeGreaterThan(0);
      return {
        expect: 'list',
        markers: [
          ...entries.items.map((e) => e.id),
          user.id,
          user.email ?? '',
          user.displayName,
          unit.id,
          unit.code,
          a.admin.userId,
        ],
        query: { subjectId: user.id },
        variants: [
          { query: {} },
          { query: { subject: 'User', pageSize: '100' } },
          { query: { actorId: a.admin.userId, pageSize: '100' } },
          { query: { subject: 'OrgUnit', subjectId: unit.id } },
        ],
        snapshot: () => client.get('/api/audit', { subjectId: user.id }),
      };
    },
  },
};
