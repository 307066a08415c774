import { expect, Page, test } from '@playwright/test';
import { resolve } from 'node:path';
import { expectNoSideScroll, screenshot } from './support/screens';
import { addRecipient, GRASSROOTS, openPlans, signIn, signOut, WARD } from './support/walk';

/** Seed A: the Khánh Hòa federation's plan 22/KH-LĐ of 26/01/2024, as a text document. */
const SEED_A = resolve(__dirname, '../../../../shared/seeds/000_eecf52c8067277ab.txt');
const TITLE =
  'Phát động phong trào thi đua yêu nước trong công nhân, viên chức, lao động tỉnh Khánh Hòa năm 2024';
const status = (page: Page) => page.locator('.facts td-plan-status-chip');

/**
 * The whole plan document at the current width: the window is made as tall as the document for
 * the shot (the shell scrolls inside, so a full-page shot alone would stop at the window).
 */
async function wholeDocument(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1366, height: 900 };
  const doc = page.locator('td-plan-document').first();
  const box = await doc.boundingBox();
  const height = await doc.evaluate((el) => el.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.ceil((box?.y ?? 0) + height + 48) });
  await expect(doc.locator('.signature')).toBeInViewport();
  await screenshot(page, name);
  await page.setViewportSize(size);
}

test.describe('an emulation plan from a paper document to the units that receive it', () => {
  test('import, draft, submit, issue with the paper number, acknowledge, follow up', async ({ page }) => {
    test.setTimeout(480_000);
    let planUrl = '';

    await test.step('the emulation officer imports seed A and reviews what was recognised', async () => {
      await signIn(page, 'officer');
      await openPlans(page);
      await expect(page.getByText('Chưa có kế hoạch thi đua nào.')).toBeVisible();
      await screenshot(page, '20-plans-list-empty');
      await page.locator('td-page-header').getByRole('button', { name: 'Nhập từ văn bản' }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('heading', { name: 'Nhập kế hoạch từ văn bản' })).toBeVisible();
      await dialog.locator('input[type="file"]').setInputFiles(SEED_A);
      await expect(dialog.getByText('000_eecf52c8067277ab.txt')).toBeVisible();
      await dialog.getByRole('button', { name: 'Đọc văn bản' }).click();
      await expect(dialog.getByRole('heading', { name: 'Kiểm tra kết quả nhận diện' })).toBeVisible();
      await expect(dialog.getByText(/Nhận diện được \d+\/20 mục/)).toBeVisible();
      const field = (name: string) => dialog.locator(`li[data-field="${name}"]`);
      await expect(field('docNo')).toContainText('22');
      await expect(field('docSymbol')).toContainText('KH-LĐ');
      await expect(field('issuedDate')).toContainText('26/01/2024');
      await expect(field('title')).toContainText('Phát động phong trào thi đua yêu nước');
      await expect(field('phases')).toContainText('2 đợt: 01/01/2024 – 31/07/2024; 01/08/2024 – 31/12/2024');
      await expect(field('signature')).toContainText(
        'TM. BAN THƯỜNG VỤ — PHÓ CHỦ TỊCH THƯỜNG TRỰC — Bùi Đăng Thành',
      );
      await screenshot(page, '21-plans-import-review');
    });

    await test.step('the draft opens in the editor with the document laid out beside it', async () => {
      await page.getByRole('dialog').getByRole('button', { name: 'Tạo bản nháp' }).click();
      await expect(page.getByRole('heading', { name: 'Soạn kế hoạch thi đua', level: 1 })).toBeVisible();
      await expect(page.locator('textarea[formControlName="title"]')).toHaveValue(TITLE);
      await expect(page.getByRole('combobox', { name: 'Đơn vị ban hành' })).toHaveValue(
        'Liên đoàn Lao động tỉnh Khánh Hòa (LDLD)',
      );
      const preview = page.locator('#plan-preview td-plan-document');
      await expect(preview.locator('.head .left p')).toHaveText([
        'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
        'LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH HÒA',
      ]);
      await expect(preview.locator('.number')).toHaveText('Số: 22/KH-LĐ');
      await expect(preview.locator('.place-date')).toHaveText('Khánh Hòa, ngày 26 tháng 01 năm 2024');
      await expect(preview.locator('.type')).toHaveText('KẾ HOẠCH');
      await expect(preview.locator('.signature')).toContainText('Bùi Đăng Thành');
      await screenshot(page, '22-plans-editor-1366');
      await wholeDocument(page, '23-plans-editor-document-1366');
    });

    await test.step('two recipient units are picked and the draft is saved', async () => {
      await addRecipient(page, GRASSROOTS);
      await addRecipient(page, WARD);
      await expect(page.locator('td-units-field .count')).toHaveText('Đã chọn 2 đơn vị');
      await page.getByRole('button', { name: 'Lưu dự thảo' }).first().click();
      await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
      planUrl = new URL(page.url()).pathname;
      await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
      await expect(status(page)).toHaveText('Dự thảo');
      await expect(page.locator('td-page-header')).toContainText(
        'Chưa ban hành — giữ số 22/KH-LĐ của văn bản đã nhập',
      );
      await expect(page.getByRole('button', { name: 'Xóa dự thảo' })).toBeVisible();
    });

    await test.step('the officer submits it for approval with a comment', async () => {
      await page.getByRole('button', { name: 'Trình duyệt' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Ý kiến').fill('Kính trình đồng chí Phó Chủ tịch xem xét, ban hành.');
      await dialog.getByRole('button', { name: 'Trình duyệt' }).click();
      await expect(dialog).toBeHidden();
      await expect(status(page)).toHaveText('Chờ duyệt');
      await expect(page.getByRole('button', { name: 'Xóa dự thảo' })).toHaveCount(0);
      await screenshot(page, '24-plans-in-approval');
      await signOut(page, 'officer');
    });

    await test.step('the leader issues it: the number of the paper document is kept', async () => {
      await signIn(page, 'leader');
      await openPlans(page);
      await page.getByRole('link', { name: TITLE }).click();
      await expect(status(page)).toHaveText('Chờ duyệt');
      await page.getByRole('button', { name: 'Ban hành' }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toContainText('cấp số văn bản tiếp theo');
      await dialog.getByRole('button', { name: 'Ban hành' }).click();
      await expect(dialog).toBeHidden();
      await expect(status(page)).toHaveText('Đã ban hành');
      await expect(page.locator('td-page-header')).toContainText('Số 22/KH-LĐ');
      await expect(page.locator('td-plan-document .number')).toHaveText('Số: 22/KH-LĐ');
      await expect(page.locator('td-plan-document .stamp')).toHaveCount(0);
      await screenshot(page, '25-plans-issued');
      await wholeDocument(page, '26-plans-issued-document');
      await signOut(page, 'leader');
    });

    await test.step('the grassroots union finds the plan sent to it and acknowledges receipt', async () => {
      await signIn(page, 'unit');
      await openPlans(page);
      await page.getByRole('tab', { name: 'Gửi đến đơn vị tôi' }).click();
      await expect(page).toHaveURL(/scope=received/);
      const row = page.getByRole('row', { name: new RegExp('22/KH-LĐ') });
      await expect(row).toContainText(TITLE);
      await screenshot(page, '27-plans-received-list');
      await row.getByRole('link', { name: TITLE }).click();
      const banner = page.locator('.receipt-cta');
      await expect(banner.getByRole('heading')).toHaveText(`Kế hoạch đã gửi đến ${GRASSROOTS.name}`);
      await expect(page.getByRole('button', { name: 'Xây dựng kế hoạch của đơn vị' })).toBeVisible();
      await screenshot(page, '28-plans-receipt-banner');
      await banner.getByRole('button', { name: 'Xác nhận đã nhận' }).click();
      await expect(banner).toHaveCount(0);
      await expect(page.locator('td-alert.acknowledged')).toContainText(
        `Cán bộ công đoàn cơ sở đã xác nhận ${GRASSROOTS.name} nhận kế hoạch lúc`,
      );
      await expect(page.locator('.facts')).toContainText('Đã tiếp nhận 1/2');
      await screenshot(page, '29-plans-acknowledged');
      await signOut(page, 'unit');
    });

    await test.step('the officer sees one of the two units acknowledged', async () => {
      await signIn(page, 'officer');
      await page.goto(planUrl);
      await expect(status(page)).toHaveText('Đã ban hành');
      await page.getByRole('tab', { name: 'Tiếp nhận' }).click();
      const receipts = page.locator('td-receipts-tab');
      await expect(receipts.locator('.count')).toHaveText('Đã tiếp nhận 1/2');
      // The tab has finished sliding in.
      await expect(receipts.locator('table')).toBeInViewport({ ratio: 1 });
      const grassroots = receipts.getByRole('row', { name: new RegExp(GRASSROOTS.name) });
      await expect(grassroots).toContainText('Đã tiếp nhận');
      await expect(grassroots).toContainText('Cán bộ công đoàn cơ sở');
      await expect(receipts.getByRole('row', { name: new RegExp(WARD.name) })).toContainText(
        'Chưa tiếp nhận',
      );
      // The issuing side follows up; it does not acknowledge for the units.
      await expect(receipts.getByRole('button', { name: 'Xác nhận đã nhận' })).toHaveCount(0);
      await screenshot(page, '30-plans-receipts');

      await page.getByRole('tab', { name: 'Lịch sử' }).click();
      const history = page.locator('td-plan-history');
      await expect(history.locator('li strong')).toHaveText(['Ban hành', 'Trình duyệt', 'Tạo dự thảo']);
      await expect(history).toContainText('Kính trình đồng chí Phó Chủ tịch xem xét, ban hành.');
      await expect(history).toBeInViewport({ ratio: 1 });
      await screenshot(page, '31-plans-history');
    });

    await test.step('on a phone the list and the plan fit the screen', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/plans');
      await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
      await expectNoSideScroll(page);
      await screenshot(page, '32-plans-list-390');
      await page.goto(planUrl);
      await expect(page.locator('td-plan-document .type')).toHaveText('KẾ HOẠCH');
      await expectNoSideScroll(page);
      await screenshot(page, '33-plans-detail-390');
    });

    const nav = (label: string) =>
      page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: label });
    let registrationUrl = '';

    await test.step('the grassroots union registers two targets and submits the registration', async () => {
      await page.setViewportSize({ width: 1366, height: 900 });
      await signOut(page, 'officer');
      await signIn(page, 'unit');
      await nav('Thi đua của đơn vị').click();
      await expect(page.getByRole('heading', { name: 'Thi đua của đơn vị', level: 1 })).toBeVisible();
      await page.getByRole('link', { name: TITLE }).click();
      const card = page.locator('section.unit-card', { hasText: GRASSROOTS.name });
      await expect(card.locator('.registration-status')).toHaveText('Chưa đăng ký');
      await expect(card).toContainText('Đợt 1');
      await card.getByRole('link', { name: 'Đăng ký thi đua' }).click();
      await expect(page.getByRole('heading', { name: 'Đăng ký thi đua', level: 1 })).toBeVisible();
      registrationUrl = new URL(page.url()).pathname;
      const first = page.locator('.target-row').nth(0);
      await first.getByLabel('Nội dung chỉ tiêu').fill('Kết nạp đoàn viên mới');
      await first.getByLabel('Đơn vị tính').fill('đoàn viên');
      await first.getByLabel('Chỉ tiêu', { exact: true }).fill('20');
      await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
      const second = page.locator('.target-row').nth(1);
      await second.getByLabel('Nội dung chỉ tiêu').fill('Sáng kiến, cải tiến kỹ thuật được công nhận');
      await second.getByLabel('Đơn vị tính').fill('sáng kiến');
      await second.getByLabel('Chỉ tiêu', { exact: true }).fill('4');
      await second.getByLabel('Ghi chú').fill('cấp cơ sở trở lên');
      const titles = page.getByPlaceholder('Gõ tên danh hiệu rồi nhấn Enter');
      await titles.fill('Tập thể Lao động xuất sắc');
      await titles.press('Enter');
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect(page.locator('td-participation-status-chip.status')).toHaveText('Nháp');
      await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
      await expect(page.locator('td-participation-status-chip.status')).toHaveText('Đã gửi');
      await expect(page.getByRole('button', { name: 'Gửi đăng ký' })).toHaveCount(0);
      await expect(page.locator('.target-row input').first()).toBeDisabled();
      await screenshot(page, '40-participation-registration-submitted');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(registrationUrl);
      await expect(page.locator('.target-row')).toHaveCount(2);
      await expectNoSideScroll(page);
      await screenshot(page, '41-participation-registration-390');
      await page.setViewportSize({ width: 1366, height: 900 });
      await signOut(page, 'unit');
    });

    await test.step('the emulation officer accepts the registration from the review queue', async () => {
      await signIn(page, 'officer');
      await nav('Xét duyệt').click();
      await expect(page.getByRole('heading', { name: 'Duyệt đăng ký, báo cáo', level: 1 })).toBeVisible();
      const row = page.getByRole('row', { name: new RegExp(GRASSROOTS.name) });
      await expect(row).toContainText('Đã gửi');
      await screenshot(page, '42-participation-review-queue');
      await row.click();
      await expect(page).toHaveURL(new RegExp(`${registrationUrl}\\?from=reviews$`));
      await expect(page.locator('.target-row')).toHaveCount(2);
      await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Duyệt', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(page.locator('td-participation-status-chip.status')).toHaveText('Đã duyệt');
      await expect(page.locator('td-alert')).toContainText('Đã được Cán bộ Ban thi đua duyệt');
      await screenshot(page, '43-participation-registration-accepted');
      await signOut(page, 'officer');
    });

    await test.step('the grassroots union reports phase 1 with a PDF as evidence', async () => {
      await signIn(page, 'unit');
      await nav('Thi đua của đơn vị').click();
      await page.getByRole('link', { name: TITLE }).click();
      const card = page.locator('section.unit-card', { hasText: GRASSROOTS.name });
      await expect(card.locator('.registration-status')).toHaveText('Đã duyệt');
      await card.getByRole('link', { name: 'Báo cáo Đợt 1' }).click();
      await expect(page.getByRole('heading', { name: 'Báo cáo Đợt 1', level: 1 })).toBeVisible();
      await page
        .getByLabel('Tóm tắt kết quả, việc đã làm, khó khăn')
        .fill('Công đoàn cơ sở đã kết nạp 18 đoàn viên mới, có 5 sáng kiến được công nhận.');
      await page.getByLabel('Thực hiện chỉ tiêu 1').fill('18');
      await page.getByLabel('Thực hiện chỉ tiêu 2').fill('5');
      await expect(page.locator('td.reached').nth(0)).toContainText('90%');
      await expect(page.locator('td.reached').nth(1)).toContainText('125%');
      await page.locator('input[type="file"]').setInputFiles({
        name: 'bien-ban-so-ket-dot-1.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
      });
      await expect(page.locator('.files')).toContainText('bien-ban-so-ket-dot-1.pdf');
      await expect(page.locator('.files')).toContainText('PDF');
      await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
      await expect(page.locator('td-participation-status-chip.status')).toHaveText('Đã gửi');
      await expect(page.getByRole('button', { name: 'Gửi báo cáo' })).toHaveCount(0);
      await screenshot(page, '44-participation-report-submitted');
      await signOut(page, 'unit');
    });

    await test.step('the emulation officer accepts the phase report', async () => {
      await signIn(page, 'officer');
      await nav('Xét duyệt').click();
      await page.getByRole('tab', { name: 'Báo cáo đợt' }).click();
      const row = page
        .locator('td-review-queue[kind="reports"]')
        .getByRole('row', { name: new RegExp(GRASSROOTS.name) });
      await expect(row).toContainText('Đợt 1');
      await row.click();
      await expect(page.getByRole('heading', { name: 'Báo cáo Đợt 1', level: 1 })).toBeVisible();
      await expect(page.locator('.files')).toContainText('bien-ban-so-ket-dot-1.pdf');
      await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Nhận xét').fill('Báo cáo đầy đủ, có minh chứng.');
      await dialog.getByRole('button', { name: 'Duyệt', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(page.locator('td-participation-status-chip.status')).toHaveText('Đã duyệt');
      await screenshot(page, '45-participation-report-accepted');
    });
  });
});
