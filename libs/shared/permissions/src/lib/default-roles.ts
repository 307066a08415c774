import { RoleKey, RuleTemplate } from './vocabulary';

export interface RoleDefinition {
  key: RoleKey;
  name: { vi: string; en: string };
  description: { vi: string; en: string };
  /** Platform roles are held without a tenant; tenant roles are assigned on an org unit. */
  scope: 'platform' | 'tenant';
  rules: RuleTemplate[];
}

/**
 * Seeded defaults. A tenant admin may narrow a tenant role; the platform never lets a tenant
 * role reach platform subjects (Tenant management, impersonation).
 */
export const DEFAULT_ROLES: readonly RoleDefinition[] = [
  {
    key: 'platform_operator',
    name: { vi: 'Vận hành nền tảng', en: 'Platform operator' },
    description: {
      vi: 'Tạo, cấu hình, tạm dừng đơn vị thuê bao (LĐLĐ tỉnh); hỗ trợ kỹ thuật.',
      en: 'Creates, configures and suspends tenants; technical support.',
    },
    scope: 'platform',
    rules: [
      { action: 'manage', subject: 'Tenant' },
      { action: 'impersonate', subject: 'Tenant' },
      { action: 'read', subject: 'SystemStatus' },
    ],
  },
  {
    key: 'tenant_admin',
    name: { vi: 'Quản trị LĐLĐ', en: 'Tenant administrator' },
    description: {
      vi: 'Quản lý cơ cấu tổ chức, người dùng và phân quyền của LĐLĐ tỉnh.',
      en: "Manages the federation's organisation tree, users and roles.",
    },
    scope: 'tenant',
    rules: [
      { action: 'manage', subject: ['OrgUnit', 'OrgUnitType', 'User', 'RoleAssignment', 'Role'] },
      {
        action: 'read',
        subject: [
          'SystemStatus',
          'AuditLog',
          'Plan',
          'PlanReceipt',
          'Movement',
          'Registration',
          'PhaseReport',
          'CriteriaSet',
          'Scorecard',
          'Cluster',
        ],
      },
    ],
  },
  {
    key: 'federation_leader',
    name: { vi: 'Lãnh đạo LĐLĐ', en: 'Federation leader' },
    description: {
      vi: 'Thường trực LĐLĐ: duyệt, ban hành và kết thúc kế hoạch thi đua; theo dõi kết quả.',
      en: 'Standing committee: approves, issues and closes emulation plans; follows results.',
    },
    scope: 'tenant',
    rules: [
      {
        action: 'read',
        subject: [
          'OrgUnit',
          'OrgUnitType',
          'User',
          'Plan',
          'PlanReceipt',
          'Movement',
          'Registration',
          'PhaseReport',
          'CriteriaSet',
          'Scorecard',
          'Cluster',
        ],
      },
      { action: 'approve', subject: 'Plan', condition: 'inSubtree' },
    ],
  },
  {
    key: 'emulation_officer',
    name: { vi: 'Cán bộ thi đua', en: 'Emulation officer' },
    description: {
      vi: 'Cán bộ Ban thi đua của LĐLĐ: soạn kế hoạch, theo dõi, chấm điểm.',
      en: 'Federation staff: drafts plans, follows up, scores.',
    },
    scope: 'tenant',
    rules: [
      { action: 'read', subject: ['OrgUnit', 'OrgUnitType', 'User', 'PlanReceipt'] },
      { action: ['read', 'create', 'update', 'delete'], subject: 'Plan', condition: 'inSubtree' },
      { action: 'manage', subject: ['Movement', 'CriteriaSet'] },
      { action: ['read', 'create', 'update', 'delete'], subject: 'Cluster' },
      {
        action: ['read', 'approve'],
        subject: ['Registration', 'PhaseReport', 'Scorecard'],
        condition: 'inSubtree',
      },
    ],
  },
  {
    key: 'unit_officer',
    name: { vi: 'Cán bộ công đoàn cơ sở', en: 'Unit officer' },
    description: {
      vi: 'Cán bộ của đơn vị: đăng ký thi đua, báo cáo, tự chấm điểm cho đơn vị mình.',
      en: 'Registers, reports and self-scores for their own unit.',
    },
    scope: 'tenant',
    rules: [
      { action: 'read', subject: 'OrgUnit', condition: 'inSubtree' },
      { action: ['read', 'create', 'update', 'delete', 'approve'], subject: 'Plan', condition: 'inSubtree' },
      { action: ['read', 'update'], subject: 'PlanReceipt', condition: 'inSubtree' },
      {
        action: ['read', 'update', 'approve'],
        subject: ['Registration', 'PhaseReport', 'Scorecard'],
        condition: 'inSubtree',
      },
      // Clusters of the unit's own plans only: the service checks the plan's issuer.
      { action: ['read', 'create', 'update', 'delete'], subject: 'Cluster' },
      { action: 'read', subject: ['OrgUnitType', 'Movement', 'CriteriaSet'] },
    ],
  },
  {
    key: 'council_member',
    name: { vi: 'Thành viên Hội đồng TĐKT', en: 'Council member' },
    description: {
      vi: 'Thành viên Hội đồng Thi đua – Khen thưởng: xem hồ sơ, bỏ phiếu.',
      en: 'Emulation and commendation council member: reviews dossiers, votes.',
    },
    scope: 'tenant',
    rules: [
      {
        action: 'read',
        subject: [
          'OrgUnit',
          'OrgUnitType',
          'Plan',
          'Movement',
          'Registration',
          'PhaseReport',
          'CriteriaSet',
          'Scorecard',
          'Cluster',
        ],
      },
    ],
  },
  {
    key: 'viewer',
    name: { vi: 'Người xem', en: 'Viewer' },
    description: {
      vi: 'Chỉ xem dữ liệu trong phạm vi được giao.',
      en: 'Read-only within the assigned scope.',
    },
    scope: 'tenant',
    rules: [
      {
        action: 'read',
        subject: ['OrgUnit', 'Plan', 'PlanReceipt', 'Registration', 'PhaseReport', 'Scorecard'],
        condition: 'inSubtree',
      },
      { action: 'read', subject: ['OrgUnitType', 'Movement', 'CriteriaSet', 'Cluster'] },
    ],
  },
];

export function roleDefinition(key: RoleKey): RoleDefinition {
  const role = DEFAULT_ROLES.find((r) => r.key === key);
  if (!role) throw new Error(`Unknown role ${key}`);
  return role;
}
