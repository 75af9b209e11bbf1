/**
 * The 수익 tab: what the Partners links earned over the last 7, 30 or 90 days from `aigenc demo`,
 * its totals, the daily chart, the per-subId table, CSV; reached from the link card's subId
 * picker; in Korean and English, light and dark.
 */
import type { Page } from '@playwright/test';
import { artifact, expect, openPopup, test, useDemoCompanion } from './fixtures.ts';

const TOKEN = 'e2e-earnings-token-0123456789abcdefghijklmn';
const PRODUCT = 'https://www.coupang.com/vp/products/7335597976?itemId=18738765443&vendorItemId=85873964906';
const demo = useDemoCompanion(TOKEN);

function open(language: 'ko' | 'en', theme: 'light' | 'dark', page = `q=${encodeURIComponent('캠핑의자')}`) {
  return openPopup({ port: demo().port, token: TOKEN, language, theme, page });
}

async function earningsShown(popup: Page) {
  const earnings = popup.locator('section.earnings');
  await expect(earnings.locator('svg path.line')).toHaveCount(1, { timeout: 20_000 });
  return earnings;
}

test('the earnings of the last 30 days, per day and per subId, in Korean', async () => {
  const { browser, popup } = await open('ko', 'light');
  try {
    await popup.getByRole('tab', { name: '수익' }).click();
    const earnings = await earningsShown(popup);
    await expect(earnings.locator('.earnings-totals .lead dd')).toHaveText(/^[\d,]+원$/);
    await expect(earnings.locator('.earnings-subids tbody tr')).toHaveCount(5);
    await expect(earnings.locator('.earnings-subids tbody tr').first()).toContainText('blog');
    await expect(earnings.locator('.earnings-subids').getByText('(subId 없음)')).toBeVisible();
    await expect(earnings.locator('.asof')).toContainText('어제까지 집계 · 매일 15시쯤 갱신');
    // The tooltip names the day and its commission.
    await earnings.locator('svg').focus();
    await popup.keyboard.press('ArrowLeft');
    await expect(earnings.locator('.chart-tip')).toContainText(/\d{1,2}월 \d{1,2}일/);
    await expect(earnings.locator('.chart-tip')).toContainText(/수익 -?[\d,]+원/);
    // Thirty days in the table, yesterday first.
    await earnings.getByText('일별 수치 보기').click();
    await expect(earnings.locator('.trend-table tbody tr')).toHaveCount(30);
    await popup.screenshot({ path: artifact('popup-earnings-ko.png'), fullPage: true });

    // A row picks its subId: the totals follow, the chart shows clicks when asked.
    const total = await earnings.locator('.earnings-totals .lead dd').textContent();
    await earnings.locator('.earnings-subids tbody tr').first().getByRole('button').click();
    await expect(earnings.locator('.earnings-filter select')).toHaveValue('blog');
    await expect(earnings.locator('.earnings-totals .lead dd')).not.toHaveText(total!);
    await earnings.getByRole('button', { name: '클릭', exact: true }).click();
    await expect(earnings.locator('.legend li')).toHaveText(['클릭']);
    // Seven days: seven rows.
    await earnings.locator('.panel-head select').selectOption('7');
    await expect(earnings.locator('.trend-table tbody tr')).toHaveCount(7, { timeout: 20_000 });
    // The days export as TSV and CSV (their content is checked in the extension's unit tests).
    await expect(earnings.locator('.trend-table').getByRole('button', { name: 'CSV 내보내기' })).toBeVisible();
    await expect(earnings.locator('.earnings-subids').getByRole('button', { name: 'TSV 복사' })).toBeVisible();
    await popup.screenshot({ path: artifact('popup-earnings-subid-ko.png'), fullPage: true });
  } finally {
    await browser.close();
  }
});

test('the link card’s subId picker leads to that subId’s earnings', async () => {
  const { browser, popup } = await open(
    'ko',
    'light',
    `url=${encodeURIComponent(PRODUCT)}&title=${encodeURIComponent('코멧 캠핑의자 접이식')}`,
  );
  try {
    const card = popup.locator('section.coupang-card');
    await card.getByLabel('subId').fill('youtube');
    await card.getByRole('button', { name: '이 subId의 수익 보기' }).click();
    await expect(popup.getByRole('tab', { name: '수익' })).toHaveAttribute('aria-selected', 'true');
    const earnings = await earningsShown(popup);
    await expect(earnings.locator('.earnings-filter select')).toHaveValue('youtube');
    await expect(earnings.locator('.earnings-subids tr.selected')).toContainText('youtube');
    await popup.screenshot({ path: artifact('popup-earnings-from-card-ko.png'), fullPage: true });
  } finally {
    await browser.close();
  }
});

for (const [language, theme] of [
  ['ko', 'dark'],
  ['en', 'light'],
  ['en', 'dark'],
] as const) {
  test(`the earnings tab in ${language}, ${theme}`, async () => {
    const { browser, popup } = await open(language, theme);
    try {
      await popup.getByRole('tab', { name: language === 'ko' ? '수익' : 'Earnings' }).click();
      const earnings = await earningsShown(popup);
      await expect(earnings.locator('.earnings-totals .lead dd')).toHaveText(language === 'ko' ? /원$/ : /^₩[\d,]+$/);
      if (language === 'en') await expect(earnings.locator('.asof')).toContainText('Up to yesterday');
      await popup.screenshot({ path: artifact(`popup-earnings-${language}-${theme}.png`), fullPage: true });
    } finally {
      await browser.close();
    }
  });
}
