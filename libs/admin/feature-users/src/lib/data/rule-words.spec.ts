import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { appTranslations, provideTranslocoTesting } from '@thidua/admin/core/testing';
import { roleDefinition } from '@thidua/shared/permissions';
import { atomize, describeRule } from './rule-words';

describe('rules in words', () => {
  let t: (key: string, params?: Record<string, unknown>) => string;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTranslocoTesting(appTranslations())] });
    const transloco = TestBed.inject(TranslocoService);
    t = (key, params) => transloco.translate(key, params);
  });

  it('splits rules into one action on one subject', () => {
    expect(atomize([{ action: ['read', 'update'], subject: ['User', 'Role'] }])).toEqual([
      { action: 'read', subject: 'User' },
      { action: 'read', subject: 'Role' },
      { action: 'update', subject: 'User' },
      { action: 'update', subject: 'Role' },
    ]);
  });

  it('says what a role allows in Vietnamese', () => {
    const admin = atomize(roleDefinition('tenant_admin').rules).map((rule) => describeRule(rule, t));
    expect(admin).toContain('Quản lý Cơ cấu tổ chức');
    expect(admin).toContain('Xem Nhật ký hoạt động');
    const viewer = atomize(roleDefinition('viewer').rules).map((rule) => describeRule(rule, t));
    expect(viewer).toEqual([
      'Xem Đơn vị (trong phạm vi đơn vị được giao)',
      'Xem Kế hoạch thi đua (trong phạm vi đơn vị được giao)',
      'Xem Tiếp nhận kế hoạch (trong phạm vi đơn vị được giao)',
      'Xem Bản đăng ký thi đua (trong phạm vi đơn vị được giao)',
      'Xem Báo cáo sơ kết, tổng kết (trong phạm vi đơn vị được giao)',
      'Xem Phiếu chấm điểm (trong phạm vi đơn vị được giao)',
      'Xem Loại đơn vị',
      'Xem Phong trào thi đua',
      'Xem Bảng tiêu chí',
      'Xem Cụm, khối thi đua',
    ]);
  });

  it('says it in English too, and shows unknown words as sent', () => {
    TestBed.inject(TranslocoService).setActiveLang('en');
    expect(describeRule({ action: 'read', subject: 'OrgUnit', condition: 'inSubtree' }, t)).toBe(
      'View Units (within the assigned units)',
    );
    expect(describeRule({ action: 'sign', subject: 'Dossier', inverted: true } as never, t)).toBe(
      'May not sign Dossier',
    );
  });
});
