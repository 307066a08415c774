import { expect, Page, test } from '@playwright/test';
import { Action, buildAbility, DEFAULT_ROLES, RoleKey, rulesFor, Subject } from '@thidua/shared/permissions';
import { DEMO_PASSWORD, screenshot } from './support/screens';

/** The side navigation and what each item needs; the expectation per role comes from the permission library. */
const NAV: Array<{ label: string; need?: [Action, Subject] }> = [
  { label: 'Tổng quan' },
  { label: 'Đơn vị thuê bao', need: ['read', 'Tenant'] },
  { label: 'Kế hoạch thi đua', need: ['read', 'Plan'] },
  { label: 'Thi đua của đơn vị', need: ['update', 'Registration'] },
  { label: 'Xét duyệt', need: ['approve', 'Registration'] },
  { label: 'Phong trào', need: ['read', 'Movement'] },
  { label: 'Cơ cấu tổ chức', need: ['read', 'OrgUnit'] },
  { label: 'Người dùng', need: ['read', 'User'] },
  { label: 'Vai trò', need: ['read', 'Role'] },
  { label: 'Nhật ký', need: ['read', 'AuditLog'] },
  { label: 'Trạng thái hệ thống', need: ['read', 'SystemStatus'] },
];

const DEMO_LOGINS: Record<RoleKey, string> = {
  platform_operator: 'operator@thidua.vn',
  tenant_admin: 'admin@khanhhoa.thidua.vn',
  federation_leader: 'lanhdao@khanhhoa.thidua.vn',
  emulation_officer: 'thidua@khanhhoa.thidua.vn',
  unit_officer: 'coso@khanhhoa.thidua.vn',
  council_member: 'hoidong@khanhhoa.thidua.vn',
  viewer: 'xem@khanhhoa.thidua.vn',
};

function expectedMenu(role: RoleKey): string[] {
  const templates = DEFAULT_ROLES.find((r) => r.key === role)?.rules ?? [];
  const ability = buildAbility(rulesFor(templates, { userId: 'u', unitPaths: ['/'] }));
  return NAV.filter((item) => !item.need || ability.can(item.need[0], item.need[1])).map(
    (item) => item.label,
  );
}

async function signIn(page: Page, login: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email hoặc số điện thoại').fill(login);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: /Xin chào/ })).toBeVisible();
}

test.describe('each role sees only what it may use', () => {
  for (const role of Object.keys(DEMO_LOGINS) as RoleKey[]) {
    test(`${role}: menu`, async ({ page }) => {
      await signIn(page, DEMO_LOGINS[role]);
      const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
      const expected = expectedMenu(role);
      for (const item of NAV) {
        const link = nav.getByRole('link', { name: item.label, exact: true });
        if (expected.includes(item.label)) await expect(link).toBeVisible();
        else await expect(link).toHaveCount(0);
      }
      await screenshot(page, `10-menu-${role}`);
    });
  }

  test('a tenant administrator browses the organisation tree; a viewer sees no change buttons', async ({
    page,
  }) => {
    await signIn(page, DEMO_LOGINS.tenant_admin);
    await page.getByRole('link', { name: 'Cơ cấu tổ chức', exact: true }).click();
    await expect(page.getByText('Liên đoàn Lao động tỉnh Khánh Hòa').first()).toBeVisible();
    await screenshot(page, '11-org-tree-admin');

    await page.context().clearCookies();
    await signIn(page, DEMO_LOGINS.viewer);
    await page.getByRole('link', { name: 'Cơ cấu tổ chức', exact: true }).click();
    await expect(page.getByText('Công đoàn phường Nha Trang').first()).toBeVisible();
    await expect(page.getByRole('button', { name: /Thêm đơn vị|Nhập từ tệp/ })).toHaveCount(0);
    await screenshot(page, '12-org-tree-viewer');
  });
});
