import { expect, Page, test } from '@playwright/test';
import { expectNoSideScroll, screenshot, wholePage } from './support/screens';
import { draftAndIssuePlan, GRASSROOTS, GRASSROOTS_2, openNav, signIn, signOut } from './support/walk';

const TITLE = 'Phong trào thi đua "Giỏi việc trường, đảm việc nhà" trong công đoàn ngành giáo dục năm 2026';
const SAMPLE_SET = 'Bảng chấm điểm thi đua công đoàn cơ sở năm 2026 (mẫu)';

/** The two grassroots unions and who works there. */
const UNITS = [
  { unit: GRASSROOTS, who: 'unit' },
  { unit: GRASSROOTS_2, who: 'unit2' },
] as const;

/** Points as the admin writes them: "85,5". */
const pts = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');

/** The maximum of each criterion, in the sheet's order. */
async function maxima(page: Page): Promise<number[]> {
  const inputs = page.locator('td-score-sheet input[formcontrolname="self"]');
  await expect(inputs.first()).toBeVisible();
  return (await inputs.evaluateAll((els) => els.map((el) => Number(el.getAttribute('max'))))) as number[];
}

test.describe('self-scoring, review and the plan dashboard', () => {
  test('two units score themselves, the officer returns one and finalises both, the dashboard shows it', async ({
    page,
  }) => {
    test.setTimeout(600_000);
    let planPath = '';
    const totals: number[] = [];
    const card = (unit: { name: string }) => page.locator('section.unit-card', { hasText: unit.name });
    const status = () => page.locator('td-scorecard-status-chip.status');
    const dialog = () => page.getByRole('dialog');

    await test.step('the officer drafts a plan for two grassroots unions and the leader issues it', async () => {
      planPath = await draftAndIssuePlan(page, TITLE, [GRASSROOTS, GRASSROOTS_2]);
      await signOut(page, 'leader');
    });

    await test.step('the officer attaches the sample criteria set to the plan', async () => {
      await signIn(page, 'officer');
      await page.goto(planPath);
      await page.getByRole('link', { name: 'Chấm điểm, cụm khối' }).click();
      await page.getByRole('combobox', { name: 'Chọn bảng tiêu chí đã ban hành' }).click();
      await page.getByRole('option', { name: SAMPLE_SET }).click();
      await page.getByRole('button', { name: 'Gắn bảng tiêu chí' }).click();
      await expect(page.getByRole('link', { name: SAMPLE_SET })).toBeVisible();
      await signOut(page, 'officer');
    });

    for (const [i, who] of UNITS.entries()) {
      await test.step(`${who.unit.code} acknowledges, registers, scores itself with evidence and submits`, async () => {
        await signIn(page, who.who);
        await page.goto(planPath);
        await page.locator('.receipt-cta').getByRole('button', { name: 'Xác nhận đã nhận' }).click();
        await expect(page.locator('.receipt-cta')).toHaveCount(0);

        await openNav(page, 'Thi đua của đơn vị');
        await page.getByRole('link', { name: TITLE }).click();
        await card(who.unit).getByRole('link', { name: 'Đăng ký thi đua' }).click();
        const row = page.locator('.target-row').nth(0);
        await row.getByLabel('Nội dung chỉ tiêu').fill('Kết nạp đoàn viên mới');
        await row.getByLabel('Đơn vị tính').fill('đoàn viên');
        await row.getByLabel('Chỉ tiêu', { exact: true }).fill('15');
        const titles = page.getByPlaceholder('Gõ tên danh hiệu rồi nhấn Enter');
        await titles.fill('Tập thể Lao động xuất sắc');
        await titles.press('Enter');
        await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
        await expect(page.locator('td-participation-status-chip.status')).toHaveText('Đã gửi');

        await page.getByRole('link', { name: 'Quay lại' }).click();
        await card(who.unit)
          .getByRole('link', { name: /^Báo cáo / })
          .first()
          .click();
        await page
          .getByLabel('Tóm tắt kết quả, việc đã làm, khó khăn')
          .fill(`Sơ kết đợt 1: kết nạp ${i === 0 ? 16 : 9} đoàn viên mới.`);
        await page.getByLabel('Thực hiện chỉ tiêu 1').fill(i === 0 ? '16' : '9');
        await page.locator('input[type="file"]').setInputFiles({
          name: `so-ket-dot-1-${who.unit.code}.pdf`,
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
        });
        await expect(page.locator('.files')).toContainText(`so-ket-dot-1-${who.unit.code}.pdf`);
        await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
        await expect(page.locator('td-participation-status-chip.status')).toHaveText('Đã gửi');

        await page.getByRole('link', { name: 'Quay lại' }).click();
        const scoreRow = card(who.unit).locator('.scorecard');
        await expect(scoreRow.locator('td-scorecard-status-chip')).toHaveText('Chưa chấm');
        if (i === 0) await screenshot(page, '60-scoring-my-plan-card');
        await scoreRow.getByRole('link', { name: 'Tự chấm điểm' }).click();
        await expect(page.getByRole('heading', { name: 'Phiếu chấm điểm thi đua', level: 1 })).toBeVisible();
        await expect(status()).toHaveText('Chưa chấm');

        const max = await maxima(page);
        // The first unit scores high (with bonus points), the second a little above half.
        const given = max.map((m) => (i === 0 ? (m >= 5 ? m - 1 : m) : Math.ceil(m * 0.6)));
        const inputs = page.locator('td-score-sheet input[formcontrolname="self"]');
        for (const [n, value] of given.entries()) await inputs.nth(n).fill(String(value));
        await page
          .locator('td-score-sheet input[formcontrolname="selfNote"]')
          .first()
          .fill('Có biên bản kèm theo');
        const bonus = i === 0 ? 5 : 0;
        if (bonus) await page.getByLabel('Điểm thưởng tự chấm').fill(String(bonus));
        const total = given.reduce((a, b) => a + b, 0) + bonus;
        totals.push(total);
        await expect(page.locator('[data-total="self"]')).toHaveText(pts(total));
        await expect(page.locator('td-score-summary .band').first()).toHaveText(
          i === 0 ? 'Công đoàn cơ sở vững mạnh xuất sắc' : 'Công đoàn cơ sở hoàn thành nhiệm vụ',
        );
        if (i === 0) await wholePage(page, '61-scoring-self-draft');

        await page.locator('td-scorecard-evidence input[type="file"]').setInputFiles({
          name: `bien-ban-tu-cham-${who.unit.code}.pdf`,
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
        });
        await expect(page.locator('td-scorecard-evidence .files')).toContainText(
          `bien-ban-tu-cham-${who.unit.code}.pdf`,
        );
        await expect(status()).toHaveText('Đang tự chấm');
        await page.getByRole('button', { name: 'Gửi phiếu tự chấm' }).click();
        await expect(status()).toHaveText('Chờ chấm');
        await expect(page.getByRole('button', { name: 'Gửi phiếu tự chấm' })).toHaveCount(0);
        await expect(page.locator('td-score-history li').first()).toContainText('Gửi lên cấp trên');
        if (i === 0) await wholePage(page, '62-scoring-self-submitted');
        await signOut(page, who.who);
      });
    }

    const queueRow = (unit: { name: string }) =>
      page.locator('td-scorecard-table').getByRole('row', { name: new RegExp(unit.name) });
    const openQueue = async () => {
      await openNav(page, 'Xét duyệt', 'Duyệt đăng ký, báo cáo');
      await page.getByRole('tab', { name: 'Chấm điểm' }).click();
    };

    await test.step('the officer scores one criterion lower, with a reason, and finalises', async () => {
      await signIn(page, 'officer');
      await openQueue();
      await expect(queueRow(GRASSROOTS)).toContainText('Chờ chấm');
      await expect(queueRow(GRASSROOTS_2)).toContainText('Chờ chấm');
      await screenshot(page, '63-scoring-review-queue');
      await queueRow(GRASSROOTS).click();
      await expect(page).toHaveURL(/\/scorecard\?from=reviews$/);
      await expect(page.locator('td-scorecard-evidence .files')).toContainText(
        'bien-ban-tu-cham-CDCS-001.pdf',
      );
      const first = page.locator('td-score-sheet input[formcontrolname="review"]').first();
      // The unit's points are read-only for the reviewer.
      await expect(page.locator('td-score-sheet input[formcontrolname="self"]')).toHaveCount(0);
      const self = Number(await first.getAttribute('placeholder'));
      await first.fill(String(self - 1));
      await page
        .locator('td-score-sheet input[formcontrolname="reviewNote"]')
        .first()
        .fill('Thiếu biên bản quý IV');
      await expect(page.locator('[data-total="review"]')).toHaveText(pts(totals[0] - 1));
      await expect(page.getByRole('button', { name: 'Chốt điểm' })).toBeDisabled();
      await page.getByRole('button', { name: 'Lưu điểm chấm' }).click();
      await dialog().getByLabel('Lý do chấm điểm').fill('Đối chiếu minh chứng: thiếu biên bản quý IV.');
      await dialog().getByRole('button', { name: 'Lưu điểm chấm' }).click();
      await expect(dialog()).toBeHidden();
      await expect(page.locator('td-score-history li').first()).toContainText('Cấp trên chấm điểm');
      await expect(page.locator('td-score-history li').first()).toContainText('Đối chiếu minh chứng');
      await wholePage(page, '64-scoring-reviewer');
      await page.getByRole('button', { name: 'Chốt điểm' }).click();
      await dialog().getByRole('button', { name: 'Chốt điểm' }).click();
      await expect(dialog()).toBeHidden();
      await expect(status()).toHaveText('Đã chốt điểm');
      await expect(page.locator('[data-total="final"]')).toHaveText(pts(totals[0] - 1));
      await expect(page.locator('td-alert.final')).toContainText('Công đoàn cơ sở vững mạnh xuất sắc');
      await expect(page.getByRole('button', { name: 'Mở lại' })).toBeVisible();
      await wholePage(page, '65-scoring-final');
    });

    await test.step('the officer returns the other scorecard with a comment', async () => {
      await page.getByRole('link', { name: 'Quay lại' }).click();
      await page.getByRole('tab', { name: 'Chấm điểm' }).click();
      await expect(queueRow(GRASSROOTS)).toHaveCount(0);
      await queueRow(GRASSROOTS_2).click();
      await page.getByRole('button', { name: 'Trả lại' }).click();
      await dialog().getByRole('button', { name: 'Trả lại' }).click();
      await expect(dialog().getByText('Vui lòng nhập thông tin này.')).toBeVisible();
      await dialog()
        .getByLabel('Lý do trả lại')
        .fill('Tiêu chí I.1 đã đạt tối đa theo báo cáo; đề nghị chấm lại.');
      await dialog().getByRole('button', { name: 'Trả lại' }).click();
      await expect(dialog()).toBeHidden();
      await expect(status()).toHaveText('Bị trả lại');
      await signOut(page, 'officer');
    });

    await test.step('the returned unit rescores and submits again', async () => {
      await signIn(page, UNITS[1].who);
      await openNav(page, 'Thi đua của đơn vị');
      await page.getByRole('link', { name: TITLE }).click();
      const scoreRow = card(GRASSROOTS_2).locator('.scorecard');
      await expect(scoreRow.locator('td-scorecard-status-chip')).toHaveText('Bị trả lại');
      await scoreRow.getByRole('link', { name: 'Tự chấm điểm' }).click();
      await expect(page.locator('td-alert.returned')).toContainText('đề nghị chấm lại');
      const max = await maxima(page);
      const first = page.locator('td-score-sheet input[formcontrolname="self"]').first();
      const before = Number(await first.inputValue());
      await first.fill(String(max[0]));
      totals[1] += max[0] - before;
      await expect(page.locator('[data-total="self"]')).toHaveText(pts(totals[1]));
      await screenshot(page, '66-scoring-returned');
      await page.getByRole('button', { name: 'Gửi phiếu tự chấm' }).click();
      await expect(status()).toHaveText('Chờ chấm');
      await signOut(page, UNITS[1].who);
    });

    await test.step('the officer finalises it; the ranking lists both', async () => {
      await signIn(page, 'officer');
      await openQueue();
      await queueRow(GRASSROOTS_2).click();
      await page.getByRole('button', { name: 'Chốt điểm' }).click();
      await dialog().getByLabel('Nhận xét').fill('Đồng ý kết quả tự chấm.');
      await dialog().getByRole('button', { name: 'Chốt điểm' }).click();
      await expect(dialog()).toBeHidden();
      await expect(status()).toHaveText('Đã chốt điểm');

      await page.goto(planPath);
      await page.getByRole('link', { name: 'Xếp hạng' }).click();
      await expect(page.getByRole('heading', { name: 'Xếp hạng', level: 1 })).toBeVisible();
      const rows = page.locator('td-scorecard-table tbody tr');
      await expect(rows).toHaveCount(2);
      await expect(rows.nth(0)).toContainText(GRASSROOTS.name);
      await expect(rows.nth(0).locator('.place')).toHaveText('1');
      await expect(rows.nth(0)).toContainText(pts(totals[0] - 1));
      await expect(rows.nth(1)).toContainText(GRASSROOTS_2.name);
      await expect(rows.nth(1).locator('.place')).toHaveText('2');
      await screenshot(page, '67-scoring-ranking');
    });

    await test.step('the dashboard shows the figures and drills down to a unit', async () => {
      await page.goto(planPath);
      await page.getByRole('link', { name: 'Bảng theo dõi' }).click();
      await expect(page.getByRole('heading', { name: 'Bảng theo dõi', level: 1 })).toBeVisible();
      const kpi = (id: string) => page.locator(`[data-kpi="${id}"] .kpi-value`);
      await expect(kpi('recipients')).toHaveText('2');
      await expect(kpi('acknowledged')).toHaveText('2/2');
      await expect(kpi('registration')).toHaveText('100%');
      // Both units reported the first phase: each on time or late, depending on today's date.
      const phase1 = page.locator('[data-kpi^="phase-"]').first();
      const [onTime, late] = ((await phase1.locator('.kpi-hint').textContent()) ?? '').match(/\d+/g) ?? [];
      expect(Number(onTime) + Number(late)).toBe(2);
      await expect(kpi('scored')).toHaveText('2/2');
      const average = (totals[0] - 1 + totals[1]) / 2;
      await expect(kpi('average')).toHaveText(String(Math.round(average * 10) / 10).replace('.', ','));
      for (const chart of ['registration', 'phases', 'histogram', 'bands']) {
        await expect(page.locator(`[data-chart="${chart}"] .chart svg`).first()).toBeVisible();
      }
      await expect(page.locator('td-top-ranking tbody tr')).toHaveCount(2);
      await wholePage(page, '68-scoring-dashboard');

      await page.locator('td-top-ranking tbody tr', { hasText: GRASSROOTS_2.name }).click();
      await expect(dialog().getByRole('heading', { name: GRASSROOTS_2.name })).toBeVisible();
      await expect(dialog().getByRole('link', { name: 'Đăng ký thi đua' })).toBeVisible();
      await page.waitForTimeout(400); // the dialog has finished opening
      await screenshot(page, '69-scoring-dashboard-drilldown');
      await dialog().getByRole('link', { name: 'Phiếu chấm điểm' }).click();
      await expect(page).toHaveURL(/\/scorecard\?from=dashboard$/);
      await expect(page.getByRole('heading', { name: 'Phiếu chấm điểm thi đua', level: 1 })).toBeVisible();
      await expect(page.locator('td-page-header')).toContainText(GRASSROOTS_2.name);
      await expect(status()).toHaveText('Đã chốt điểm');
      await page.getByRole('link', { name: 'Quay lại' }).click();
      await expect(page.getByRole('heading', { name: 'Bảng theo dõi', level: 1 })).toBeVisible();
    });

    await test.step('on a phone the scorecard and the dashboard stack and fit', async () => {
      // Opened afresh on the phone's width, as a phone user would.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await expect(page.locator('[data-chart="registration"] .chart svg').first()).toBeVisible();
      await expect(page.locator('mat-sidenav')).toBeHidden();
      await expectNoSideScroll(page);
      await wholePage(page, '70-scoring-dashboard-390');
      await page.locator('td-top-ranking tbody tr').first().click();
      await dialog().getByRole('link', { name: 'Phiếu chấm điểm' }).click();
      await expect(status()).toHaveText('Đã chốt điểm');
      await expectNoSideScroll(page);
      await wholePage(page, '71-scoring-scorecard-390');
    });
  });
});
