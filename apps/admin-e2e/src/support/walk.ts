import { expect, Page } from '@playwright/test';
import { DEMO_PASSWORD } from './screens';

/** Demo sign-ins of the Khánh Hòa tenant and the names the shell shows for them. */
export const LOGINS = {
  officer: { login: 'thidua@khanhhoa.thidua.vn', name: 'Cán bộ Ban thi đua' },
  leader: { login: 'lanhdao@khanhhoa.thidua.vn', name: 'Phó Chủ tịch LĐLĐ' },
  unit: { login: 'coso@khanhhoa.thidua.vn', name: 'Cán bộ công đoàn cơ sở' },
  unit2: { login: 'coso2@khanhhoa.thidua.vn', name: 'Cán bộ CĐCS Trường THCS' },
};
export type Who = keyof typeof LOGINS;

/** Two grassroots unions (coso@ and coso2@ work there) and a ward union elsewhere in the tree. */
export const GRASSROOTS = { code: 'CDCS-001', name: 'Công đoàn cơ sở Trường Tiểu học Nha Trang' };
export const GRASSROOTS_2 = { code: 'CDCS-002', name: 'Công đoàn cơ sở Trường Trung học cơ sở Nha Trang' };
export const WARD = { code: 'XA-002', name: 'Công đoàn phường Bắc Nha Trang' };

export async function signIn(page: Page, who: Who): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email hoặc số điện thoại').fill(LOGINS[who].login);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: /Xin chào/ })).toBeVisible();
}

export async function signOut(page: Page, who: Who): Promise<void> {
  await page.getByRole('button', { name: `Tài khoản của ${LOGINS[who].name}` }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

/** Follows an entry of the main navigation and waits for the page's heading. */
export async function openNav(page: Page, link: string, heading = link): Promise<void> {
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

export async function openPlans(page: Page): Promise<void> {
  await openNav(page, 'Kế hoạch thi đua');
}

/** Adds a recipient unit through the search box of "Đơn vị nhận kế hoạch". */
export async function addRecipient(page: Page, unit: { code: string; name: string }): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Thêm đơn vị' });
  await box.fill(unit.code);
  await page.getByRole('option', { name: new RegExp(unit.name) }).click();
  await expect(page.locator('td-units-field mat-chip', { hasText: unit.name })).toBeVisible();
}

/**
 * Drafts a plan from scratch with the issuer's defaults (officer), submits it, and has the leader
 * issue it; ends signed in as the leader on the issued plan and returns its path.
 */
export async function draftAndIssuePlan(
  page: Page,
  title: string,
  units: { code: string; name: string }[],
): Promise<string> {
  await signIn(page, 'officer');
  await openPlans(page);
  await page.locator('td-page-header').getByRole('link', { name: 'Soạn kế hoạch' }).click();
  await expect(page.getByRole('heading', { name: 'Soạn kế hoạch thi đua', level: 1 })).toBeVisible();
  await page.locator('textarea[formControlName="title"]').fill(title);
  for (const unit of units) await addRecipient(page, unit);
  await page.getByRole('button', { name: /Gợi ý theo năm/ }).click();
  await expect(page.locator('input[formControlName="from"]').first()).not.toHaveValue('');
  await page.getByLabel('Tập thể hoặc chức danh').fill('BAN THƯỜNG VỤ');
  await page.getByLabel('Chức vụ người ký').fill('PHÓ CHỦ TỊCH THƯỜNG TRỰC');
  await page.getByLabel('Họ và tên người ký').fill('Bùi Đăng Thành');
  await page.getByRole('button', { name: 'Lưu dự thảo' }).first().click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  const path = new URL(page.url()).pathname;
  await page.getByRole('button', { name: 'Trình duyệt' }).click();
  const submit = page.getByRole('dialog');
  await submit.getByLabel('Ý kiến').fill('Kính trình ban hành.');
  await submit.getByRole('button', { name: 'Trình duyệt' }).click();
  await expect(submit).toBeHidden();
  await signOut(page, 'officer');
  await signIn(page, 'leader');
  await page.goto(path);
  await page.getByRole('button', { name: 'Ban hành' }).click();
  const issue = page.getByRole('dialog');
  await issue.getByRole('button', { name: 'Ban hành' }).click();
  await expect(issue).toBeHidden();
  await expect(page.locator('.facts td-plan-status-chip')).toHaveText('Đã ban hành');
  return path;
}
