/**
 * The 스마트스토어 page against `aigenc demo`: each tab says its switch is off and links to it
 * until the seller turns it on in the setup page; then 발주 확인 (select, preview, apply, each
 * order's result), 발송 처리 (a pasted list filling the rows, a bad tracking number held back
 * before anything is sent), 문의 답변 (write, preview, send) and 재고 (find, change one option,
 * before → after). Korean and light, English and dark; the screenshots are kept.
 */
import type { Page } from '@playwright/test';
import { artifact, expect, openPopup, test, useDemoCompanion } from './fixtures.ts';
import { switchOnSellerWork } from '../support/seller-work.ts';

const TOKEN = 'e2e-store-token-0123456789abcdefghijklmnop';
const demo = useDemoCompanion(TOKEN);

function open(language: 'ko' | 'en', theme: 'light' | 'dark') {
  return openPopup({
    port: demo().port,
    token: TOKEN,
    language,
    theme,
    page: '',
    path: 'store.html',
    viewport: { width: 1280, height: 900 },
  });
}

async function tab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
}

test('a seller confirms, ships, answers and restocks, in Korean, each change previewed then sent', async () => {
  const { browser, popup: page } = await open('ko', 'light');
  try {
    // Before the store is checked, and before the switches: the tab says why, and where to go.
    await expect(page.getByText(/스마트스토어가 연결되어 있지 않거나 확인되지 않았습니다/)).toBeVisible();
    await switchOnSellerWork(demo().port, []);
    await page.reload();
    await expect(page.getByText('‘발주 확인’ 기능이 꺼져 있습니다.')).toBeVisible();
    await expect(page.getByRole('button', { name: '설정 페이지에서 켜기' })).toBeVisible();
    await page.screenshot({ path: artifact('store-ko-switch-off.png') });

    await switchOnSellerWork(demo().port);
    await page.reload();

    // 발주 확인: five paid orders; all selected, previewed, then confirmed.
    const rows = page.locator('#panel-confirm .store-table tbody tr');
    await expect(rows).toHaveCount(5);
    await expect(rows.first().locator('td').nth(4)).toHaveText(/^.\*/);
    await page.locator('#panel-confirm').getByRole('checkbox', { name: '모두 선택' }).check();
    await page.getByRole('button', { name: '미리보기 (5건)' }).click();
    const preview = page.locator('#panel-confirm .store-outcome-preview');
    await expect(preview.locator('.store-badge')).toHaveText(Array(5).fill('보낼 예정'));
    await page.screenshot({ path: artifact('store-ko-confirm-preview.png'), fullPage: true });
    await page.getByRole('button', { name: '5건 발주 확인 보내기' }).click();
    const result = page.locator('#panel-confirm .store-outcome-applied');
    await expect(result.locator('.store-badge')).toHaveText(Array(5).fill('완료'));
    await expect(result).toContainText('구매자가 배송지를 바꿨습니다');
    await expect(page.getByText('발주 확인을 기다리는 주문이 없습니다.')).toBeVisible();
    await page.screenshot({ path: artifact('store-ko-confirm-done.png'), fullPage: true });

    // 발송 처리: two rows from pasted lines; a wrong tracking number holds the preview back.
    await tab(page, '발송 처리');
    const dispatchRows = page.locator('#panel-dispatch .store-table tbody tr');
    await expect(dispatchRows).toHaveCount(9);
    const ids = await dispatchRows.locator('td.mono').allTextContents();
    await page.getByText('송장 한꺼번에 넣기 (붙여넣기·CSV)').click();
    await page
      .getByRole('textbox', { name: '송장 한꺼번에 넣기 (붙여넣기·CSV)' })
      .fill(`상품주문번호\t택배사\t송장번호\n${ids[0]}\tCJ대한통운\t641277770001\n${ids[1]}\t한진택배\tabc`);
    await page.getByRole('button', { name: '표에 채우기' }).click();
    await expect(page.locator('#panel-dispatch .store-row-problem').first()).toHaveText(
      '송장번호는 숫자·영문·하이픈 6~40자입니다.',
    );
    await expect(page.getByRole('button', { name: '미리보기 (2건)' })).toBeDisabled();
    await page.screenshot({ path: artifact('store-ko-dispatch-invalid.png'), fullPage: true });
    await page.getByRole('textbox', { name: `${ids[1]}의 송장번호` }).fill('420099990002');
    await page.getByRole('button', { name: '미리보기 (2건)' }).click();
    await page.getByRole('button', { name: '2건 발송 처리 보내기' }).click();
    await expect(page.locator('#panel-dispatch .store-outcome-applied .store-badge')).toHaveText(['완료', '완료']);
    await expect(dispatchRows).toHaveCount(7);

    // 문의 답변: the first unanswered inquiry, answered.
    await tab(page, '문의 답변');
    const first = page.locator('.store-inquiries > li').first();
    await expect(first.locator('.store-badge')).toHaveText('미답변');
    await first.getByRole('button', { name: '답변 쓰기' }).click();
    await first
      .getByRole('textbox', { name: '답변' })
      .fill('금요일까지 받으실 수 있도록 오늘 오후에 보내드릴게요. 감사합니다!');
    await first.getByRole('button', { name: '미리보기' }).click();
    await expect(first.locator('.store-outcome-preview')).toContainText('첫 답변 등록');
    await page.screenshot({ path: artifact('store-ko-answer-preview.png'), fullPage: true });
    await first.getByRole('button', { name: '답변 보내기' }).click();
    await expect(first.locator('.store-outcome-applied .store-badge')).toHaveText('완료');

    // 재고: one option of the vacuum bottle changed; the others stay.
    await tab(page, '재고');
    await page.getByRole('searchbox', { name: '상품명 또는 상품번호' }).fill('보온병');
    await page.getByRole('button', { name: '찾기' }).click();
    const product = page.locator('.store-product');
    await expect(product).toHaveCount(1);
    await expect(product.locator('tbody tr')).toHaveCount(4);
    await product.getByRole('textbox', { name: /실버 \/ 750ml/ }).fill('40');
    await page.getByRole('button', { name: '미리보기 (1건)' }).click();
    await expect(page.locator('#panel-stock .store-item-change')).toHaveText('14 → 40');
    await page.screenshot({ path: artifact('store-ko-stock-preview.png'), fullPage: true });
    await page.getByRole('button', { name: '1건 재고 바꾸기' }).click();
    await expect(page.locator('#panel-stock .store-outcome-applied .store-badge')).toHaveText('완료');
    await expect(product.locator('tbody tr').nth(1).locator('td').nth(1)).toHaveText('40');
    await expect(product.locator('tbody tr').nth(0).locator('td').nth(1)).toHaveText('30');
  } finally {
    await browser.close();
  }
});

test('the same page in English and dark', async () => {
  await switchOnSellerWork(demo().port);
  const { browser, popup: page } = await open('en', 'dark');
  try {
    await expect(page.locator('#panel-confirm .store-table tbody tr')).toHaveCount(5);
    await page.locator('#panel-confirm').getByRole('checkbox', { name: 'Select all' }).check();
    await page.getByRole('button', { name: 'Preview (5)' }).click();
    await expect(page.getByRole('button', { name: 'Confirm 5 orders' })).toBeVisible();
    await page.screenshot({ path: artifact('store-en-dark-confirm-preview.png'), fullPage: true });
    await tab(page, 'Ship');
    await expect(page.locator('#panel-dispatch .store-table tbody tr')).toHaveCount(4);
    await page.screenshot({ path: artifact('store-en-dark-dispatch.png'), fullPage: true });
    await tab(page, 'Answers');
    await expect(page.locator('.store-inquiries > li').first()).toBeVisible();
    await page.screenshot({ path: artifact('store-en-dark-answers.png'), fullPage: true });
    await tab(page, 'Stock');
    await expect(page.locator('.store-product')).toHaveCount(6);
    await page.screenshot({ path: artifact('store-en-dark-stock.png'), fullPage: true });
  } finally {
    await browser.close();
  }
});
