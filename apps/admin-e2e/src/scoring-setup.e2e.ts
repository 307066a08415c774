// Runs after plans.e2e.ts (files run in name order), whose first screen is the empty plan list.
import { expect, test } from '@playwright/test';
import { expectNoSideScroll, screenshot, wholePage } from './support/screens';
import { draftAndIssuePlan, GRASSROOTS, GRASSROOTS_2, openNav, signIn, signOut } from './support/walk';

const SAMPLE = 'Bảng chấm điểm thi đua công đoàn cơ sở năm 2026 (mẫu)';
const OWN = 'Bảng chấm điểm thi đua công đoàn cơ sở năm 2027';
const PLAN_TITLE = 'Thi đua lao động giỏi, lao động sáng tạo trong các trường học năm 2027';
const CLUSTER = 'Cụm thi đua số 1 – trường học Nha Trang';

test.describe('criteria sets, plan scoring and clusters', () => {
  test('copy the sample set, publish it, attach it to an issued plan, group two units and sign', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    let setUrl = '';
    let planPath = '';
    let clusterUrl = '';

    await test.step('the officer opens the catalogue and the frozen sample set', async () => {
      await signIn(page, 'officer');
      await openNav(page, 'Bảng tiêu chí', 'Bảng tiêu chí chấm điểm');
      const row = page.locator('tr', { hasText: SAMPLE });
      await expect(row).toContainText('Đã ban hành');
      await expect(row).toContainText('100');
      await wholePage(page, '50-criteria-catalogue-1366');
      await page.getByRole('link', { name: SAMPLE }).click();
      await expect(page.getByRole('heading', { name: SAMPLE, level: 1 })).toBeVisible();
      await expect(page.locator('td-alert.frozen')).toContainText(
        'Bảng tiêu chí đã ban hành nên được giữ nguyên',
      );
      await expect(page.getByRole('button', { name: 'Lưu nháp' })).toHaveCount(0);
      await wholePage(page, '51-criteria-published-1366');
    });

    await test.step('a copy becomes an editable draft; a criterion changes; the draft is published', async () => {
      await page.getByRole('button', { name: 'Tạo bản sao để sửa' }).click();
      await expect(page.locator('.facts td-criteria-status-chip')).toHaveText('Nháp');
      setUrl = new URL(page.url()).pathname;
      await expect(page.locator('td-totals-panel .grand-total')).toHaveText('100');
      await page.getByLabel('Tên bảng tiêu chí').fill(OWN);
      await page.getByLabel('Năm áp dụng').fill('2027');
      const first = page.locator('td-criteria-groups .criterion').first();
      await first.getByLabel('Nội dung tiêu chí').fill('Phát triển đoàn viên đạt và vượt chỉ tiêu được giao');
      await first.getByLabel('Điểm tối đa').fill('12');
      await expect(page.locator('td-totals-panel .grand-total')).toHaveText('102');
      await first.getByLabel('Điểm tối đa').fill('10');
      await expect(page.locator('td-totals-panel .grand-total')).toHaveText('100');
      await page.getByRole('button', { name: 'Lưu nháp' }).click();
      await expect(page.getByText('Đã lưu bản nháp.')).toBeVisible();
      await expect(page.getByRole('heading', { name: OWN, level: 1 })).toBeVisible();
      await wholePage(page, '52-criteria-editor-1366');
      await page.getByRole('button', { name: 'Ban hành' }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toContainText('không sửa được nữa');
      await dialog.getByRole('button', { name: 'Ban hành' }).click();
      await expect(page.locator('.facts td-criteria-status-chip')).toHaveText('Đã ban hành');
      await expect(page.getByText('Phát triển đoàn viên đạt và vượt chỉ tiêu được giao')).toBeVisible();
      await signOut(page, 'officer');
    });

    await test.step('a plan reaches CDCS-001 and CDCS-002 and is issued', async () => {
      planPath = await draftAndIssuePlan(page, PLAN_TITLE, [GRASSROOTS, GRASSROOTS_2]);
      await signOut(page, 'leader');
    });

    await test.step('the officer attaches the new set to the plan', async () => {
      await signIn(page, 'officer');
      await page.goto(planPath);
      await page.getByRole('link', { name: 'Chấm điểm, cụm khối' }).click();
      await expect(page.getByRole('heading', { name: 'Chấm điểm, cụm khối', level: 1 })).toBeVisible();
      await expect(page.getByText('Kế hoạch chưa gắn bảng tiêu chí')).toBeVisible();
      await expect(page.getByText('Kế hoạch chưa có cụm, khối thi đua')).toBeVisible();
      await page.getByRole('combobox', { name: 'Chọn bảng tiêu chí đã ban hành' }).click();
      await page.getByRole('option', { name: new RegExp(OWN) }).click();
      await page.getByRole('button', { name: 'Gắn bảng tiêu chí' }).click();
      await expect(page.getByRole('link', { name: OWN })).toHaveAttribute('href', setUrl);
      await expect(page.locator('td-criteria-summary')).toContainText('Công đoàn cơ sở vững mạnh xuất sắc');
    });

    await test.step('a cluster of the two grassroots unions is created', async () => {
      await page.getByRole('button', { name: 'Thêm cụm/khối' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Tên cụm, khối').fill(CLUSTER);
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await expect(dialog.getByText('Cụm, khối thi đua cần ít nhất hai đơn vị.')).toBeVisible();
      await dialog.getByLabel('Tìm đơn vị theo tên hoặc mã').fill('CDCS');
      await dialog.getByRole('checkbox', { name: new RegExp(GRASSROOTS.name) }).check();
      await dialog.getByRole('checkbox', { name: new RegExp(GRASSROOTS_2.name) }).check();
      await expect(dialog).toContainText('đã chọn 2');
      await dialog.getByRole('combobox', { name: 'Cụm trưởng' }).click();
      await page.getByRole('option', { name: GRASSROOTS.name }).click();
      await expect(page.getByRole('listbox')).toBeHidden();
      await expect(page.locator('.cdk-overlay-backdrop-showing')).toHaveCount(1);
      await screenshot(page, '53-criteria-cluster-dialog-1366');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await expect(page.getByRole('heading', { name: CLUSTER, level: 1 })).toBeVisible();
      clusterUrl = new URL(page.url()).pathname;
      await expect(page.locator('.standings tr', { hasText: GRASSROOTS_2.name })).toContainText('Chưa chấm');
    });

    await test.step('the covenant is recorded; a leading unit without a final score needs a note', async () => {
      await page.getByRole('button', { name: 'Ghi nhận giao ước' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Ngày ký').fill('2027-02-20');
      await dialog.getByLabel('Địa điểm').fill('Trường Tiểu học Nha Trang');
      await dialog
        .getByLabel('Nội dung giao ước')
        .fill(
          '1. 100% đoàn viên đăng ký thi đua.\n2. Mỗi đơn vị có ít nhất một sáng kiến được công nhận.\n3. Không có đoàn viên vi phạm kỷ luật.',
        );
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.locator('.covenant')).toContainText(
        'Ký ngày 20/02/2027 tại Trường Tiểu học Nha Trang',
      );
      await page.getByRole('button', { name: 'Suy tôn đơn vị dẫn đầu' }).click();
      const leader = page.getByRole('dialog');
      await leader.getByRole('combobox', { name: 'Đơn vị dẫn đầu' }).click();
      await page.getByRole('option', { name: GRASSROOTS.name }).click();
      await leader.getByRole('button', { name: 'Xác nhận' }).click();
      await expect(leader).toContainText('Chưa đơn vị nào trong cụm được chốt điểm');
      await leader.getByLabel('Lý do, căn cứ').fill('Hội nghị cụm ngày 20/02/2027 thống nhất suy tôn.');
      await leader.getByRole('button', { name: 'Xác nhận' }).click();
      await expect(leader).toBeHidden();
      await expect(page.locator('.leader')).toContainText('Hội nghị cụm ngày 20/02/2027 thống nhất suy tôn.');
      await wholePage(page, '54-criteria-cluster-1366');
      await page.getByRole('link', { name: 'Chấm điểm, cụm khối' }).click();
      await expect(page.locator('td-plan-clusters tr', { hasText: CLUSTER })).toContainText('20/02/2027');
      await wholePage(page, '55-criteria-scoring-1366');
    });

    await test.step('the same screens on a phone', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      const scoringUrl = new URL(page.url()).pathname;
      for (const [path, name] of [
        ['/criteria-sets', '56-criteria-catalogue-390'],
        ['/criteria-sets/new', '57-criteria-editor-390'],
        [scoringUrl, '58-criteria-scoring-390'],
        [clusterUrl, '59-criteria-cluster-390'],
      ]) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForLoadState('networkidle');
        await expectNoSideScroll(page);
        await wholePage(page, name);
      }
    });
  });
});
