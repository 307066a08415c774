import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { restoreSession, roleRules, sessionWith } from '../../testing';
import { AuthService } from '../auth/auth.service';
import { AbilityService, subjectOf } from './ability.service';

describe('AbilityService', () => {
  let ability: AbilityService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    ability = TestBed.inject(AbilityService);
  });

  it('grants nothing without a session', () => {
    expect(ability.can('read', 'OrgUnit')).toBe(false);
  });

  it('reads the packed rules of the session and follows sign-out', async () => {
    await restoreSession(sessionWith(roleRules('tenant_admin')));
    expect(ability.can('manage', 'OrgUnit')).toBe(true);
    expect(ability.can('create', 'User')).toBe(true);
    expect(ability.can('read', 'AuditLog')).toBe(true);
    expect(ability.can('update', 'AuditLog')).toBe(false);
    expect(ability.can('read', 'Tenant')).toBe(false);

    TestBed.inject(AuthService).clear();
    expect(ability.can('manage', 'OrgUnit')).toBe(false);
  });

  it('checks "within the assigned units" against the unit path', async () => {
    await restoreSession(sessionWith(roleRules('unit_officer'), {}, ['/root/commune-a/']));
    expect(ability.can('read', 'OrgUnit')).toBe(true);
    expect(ability.can('read', subjectOf('OrgUnit', { unitPath: '/root/commune-a/cs-1/' }))).toBe(true);
    expect(ability.can('read', subjectOf('OrgUnit', { unitPath: '/root/commune-b/' }))).toBe(false);
    expect(ability.can('update', subjectOf('OrgUnit', { unitPath: '/root/commune-a/cs-1/' }))).toBe(false);
  });

  it('grants nothing when the rules cannot be read', async () => {
    await restoreSession({ ...sessionWith([]), rules: [[42, { bad: true }]] });
    expect(ability.can('read', 'OrgUnit')).toBe(false);
  });
});
