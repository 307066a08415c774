import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, screenshot } from './support/screens';

test.describe('the admin shell, sign-in and system status', () => {
  test('a wrong password is refused with a clear Vietnamese message', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
    await screenshot(page, '01-sign-in-1366');

    await page.getByLabel('Email hoặc số điện thoại').fill('admin@khanhhoa.thidua.vn');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByText('Email/số điện thoại hoặc mật khẩu không đúng.')).toBeVisible();
    await screenshot(page, '02-sign-in-error');
  });

  test('the sign-in page fits a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/sign-in');
    await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '03-sign-in-390');
  });

  test('a signed-in administrator sees MySQL, Redis and the worker green, and the queue round trip', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email hoặc số điện thoại').fill('admin@khanhhoa.thidua.vn');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('heading', { name: /Xin chào, Quản trị LĐLĐ/ })).toBeVisible();
    await expect(page.getByText('Liên đoàn Lao động tỉnh Khánh Hòa').first()).toBeVisible();
    await screenshot(page, '04-home');

    await page.getByRole('link', { name: 'Trạng thái hệ thống' }).first().click();
    await expect(page.getByText('Tất cả dịch vụ đều hoạt động bình thường')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('Hoạt động', { exact: true })).toHaveCount(3);

    await page.getByRole('button', { name: 'Kiểm tra hàng đợi' }).click();
    await expect(page.getByText(/Hoàn tất: thời gian khứ hồi \d+ ms/)).toBeVisible({ timeout: 20_000 });
    await screenshot(page, '05-system-status');

    await page.getByRole('radio', { name: 'English' }).first().click();
    await expect(page.getByText('System status').first()).toBeVisible();
    await screenshot(page, '06-system-status-en');
  });
});
