import { CreateTenantDto } from '@thidua/server/tenancy';
import { RoleKey } from '@thidua/shared/permissions';

/** Every demo account signs in with this password. Demo data is for trying the product, never production. */
export const DEMO_PASSWORD = 'ThiDua@2026';

export const DEMO_OPERATOR = { email: 'operator@thidua.vn', displayName: 'Vận hành ThiĐua' };

export interface DemoTenant {
  tenant: CreateTenantDto;
  /** Domain part of the demo users' e-mail addresses. */
  mailDomain: string;
}

export const DEMO_TENANTS: DemoTenant[] = [
  {
    mailDomain: 'khanhhoa.thidua.vn',
    tenant: {
      code: 'khanh-hoa',
      name: 'Liên đoàn Lao động tỉnh Khánh Hòa',
      issuerCode: 'LĐ',
      headerSuperior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      headerIssuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH HÒA',
      placeName: 'Khánh Hòa',
    },
  },
  {
    mailDomain: 'namdinh.thidua.vn',
    tenant: {
      code: 'nam-dinh',
      name: 'Liên đoàn Lao động tỉnh Nam Định',
      issuerCode: 'LĐLĐ',
      headerSuperior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      headerIssuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH NAM ĐỊNH',
      placeName: 'Nam Định',
    },
  },
];

/**
 * One demo user per tenant role (the local part of the e-mail and the display name), plus a second
 * grassroots officer so that two units can take part in a plan side by side.
 */
export const DEMO_ROLE_USERS: Array<{
  role: RoleKey;
  localPart: string;
  displayName: string;
  unitCode?: string;
}> = [
  { role: 'tenant_admin', localPart: 'admin', displayName: 'Quản trị LĐLĐ' },
  { role: 'federation_leader', localPart: 'lanhdao', displayName: 'Phó Chủ tịch LĐLĐ' },
  { role: 'emulation_officer', localPart: 'thidua', displayName: 'Cán bộ Ban thi đua' },
  { role: 'unit_officer', localPart: 'coso', displayName: 'Cán bộ công đoàn cơ sở', unitCode: 'CDCS-001' },
  {
    role: 'unit_officer',
    localPart: 'coso2',
    displayName: 'Cán bộ CĐCS Trường THCS',
    unitCode: 'CDCS-002',
  },
  { role: 'council_member', localPart: 'hoidong', displayName: 'Thành viên Hội đồng TĐKT' },
  { role: 'viewer', localPart: 'xem', displayName: 'Người xem', unitCode: 'XA-001' },
];

/** The sign-ins `npm start` prints and the README lists. */
export function demoSignIns(): Array<{ login: string; role: string; tenant: string }> {
  return [
    { login: DEMO_OPERATOR.email, role: 'platform_operator', tenant: '—' },
    ...DEMO_TENANTS.flatMap(({ tenant, mailDomain }) =>
      DEMO_ROLE_USERS.map((u) => ({
        login: `${u.localPart}@${mailDomain}`,
        role: u.role,
        tenant: tenant.name,
      })),
    ),
  ];
}
