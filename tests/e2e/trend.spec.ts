/**
 * The trend panel in the popup: years of estimated monthly searches as a chart with exact figures,
 * the season in one sentence, a comparison with related keywords on the same scale, the figures
 * as a table, and the bids; in Korean and English, light and dark.
 */
import type { Page } from '@playwright/test';
import { artifact, expect, openPopup, test, useDemoCompanion } from './fixtures.ts';

const TOKEN = 'e2e-trend-token-0123456789abcdefghijklmnopq';
const demo = useDemoCompanion(TOKEN);

function open(language: 'ko' | 'en', theme: 'light' | 'dark') {
  return openPopup({ port: demo().port, token: TOKEN, language, theme, page: `q=${encodeURIComponent('캠핑의자')}` });
}

async function chartShown(popup: Page) {
  const trend = popup.locator('section.trend');
  await expect(trend.locator('svg path.line')).toHaveCount(2, { timeout: 20_000 });
  return trend;
}

test('the trend of a keyword, its season, a comparison and the bids, in Korean', async () => {
  const { browser, popup } = await open('ko', 'light');
  try {
    const trend = await chartShown(popup);
    // Camping is searched in spring and autumn.
    await expect(trend.locator('.season')).toContainText('가장 많이 찾고');
    await expect(trend.locator('.season')).toContainText(/(4|5|10)월/);
    await expect(trend.locator('.legend li')).toHaveText(['모바일', 'PC']);
    // The tooltip gives the exact figures of a month, by pointer or keyboard.
    await trend.locator('svg').focus();
    await popup.keyboard.press('ArrowLeft');
    await expect(trend.locator('.chart-tip')).toContainText(/\d{4}년 \d{1,2}월/);
    await expect(trend.locator('.chart-tip')).toContainText(/모바일 [\d,]+/);
    // The table has every month, the current one marked as counted to yesterday.
    await trend.getByText('표로 보기').click();
    await expect(trend.locator('.trend-table tbody tr')).toHaveCount(37);
    await expect(trend.locator('.trend-table tbody tr').first()).toContainText('(어제까지)');
    await expect(trend.locator('.bids summary')).toContainText(/1위 예상 입찰가: PC [\d,]+원 · 모바일 [\d,]+원/);
    // PC positions 1 to 10, mobile 1 to 5 (the vendor's ranges).
    await trend.locator('.bids summary').click();
    await expect(trend.locator('.bids tbody tr')).toHaveCount(10);
    // What a bid buys: from the median bid, then another bid typed; a bid outside the vendor's range is refused here.
    const estimate = trend.locator('.estimate');
    const line = /입찰가 [\d,]+원이면 한 달에 노출 [\d,]+ · 클릭 [\d,]+ · 비용 [\d,]+원 \(지난 28일 기준, PC\+모바일\)/;
    await expect(estimate.locator('p').first()).toContainText(line);
    await estimate.getByLabel('다른 입찰가(원)').fill('65');
    await estimate.getByRole('button', { name: '계산' }).click();
    await expect(estimate.getByRole('alert')).toContainText('70원에서 100,000원 사이');
    await estimate.getByLabel('다른 입찰가(원)').fill('1500');
    await estimate.getByRole('button', { name: '계산' }).click();
    await expect(estimate.locator('p').first()).toContainText('입찰가 1,500원이면 한 달에 노출');
    await expect(estimate.getByRole('alert')).toHaveCount(0);
    await popup.screenshot({ path: artifact('popup-trend-ko.png'), fullPage: true });

    // Two related keywords join the chart, on one scale: a line per keyword.
    const related = popup.locator('section.related tbody tr');
    const first = (await related.nth(0).getByRole('button').first().textContent())!;
    await related
      .nth(0)
      .getByRole('button', { name: /비교에 추가/ })
      .click();
    await related
      .nth(1)
      .getByRole('button', { name: /비교에 추가/ })
      .click();
    await expect(trend.locator('svg path.line')).toHaveCount(3, { timeout: 20_000 });
    await expect(trend.locator('.legend li')).toHaveCount(3);
    await expect(trend.locator('.legend li').nth(1)).toHaveText(first);
    await expect(trend.locator('.compared li')).toHaveCount(2);
    await trend.getByRole('button', { name: `${first} 비교에서 빼기` }).click();
    await expect(trend.locator('svg path.line')).toHaveCount(2);
    await related
      .nth(0)
      .getByRole('button', { name: /비교에 추가/ })
      .click();
    await expect(trend.locator('svg path.line')).toHaveCount(3);
    await popup.screenshot({ path: artifact('popup-trend-compare-ko.png'), fullPage: true });
  } finally {
    await browser.close();
  }
});

for (const [language, theme] of [
  ['ko', 'dark'],
  ['en', 'light'],
  ['en', 'dark'],
] as const) {
  test(`the trend panel in ${language === 'ko' ? 'Korean' : 'English'}, ${theme}`, async () => {
    const { browser, popup } = await open(language, theme);
    try {
      const trend = await chartShown(popup);
      await expect(popup.locator('html')).toHaveAttribute('data-theme', theme);
      if (language === 'en') {
        await expect(trend.locator('.season')).toContainText('Searched most in');
        await expect(trend.locator('.bids summary')).toContainText(/Bid for position 1: PC ₩[\d,]+ · mobile ₩[\d,]+/);
        await expect(trend.locator('.estimate p').first()).toContainText(
          /At a bid of ₩[\d,]+, a month brings [\d,]+ impressions · [\d,]+ clicks · ₩[\d,]+ cost/,
        );
      }
      const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await trend.locator('svg').hover({ position: { x: 200, y: 60 } });
      await expect(trend.locator('.chart-tip')).toBeVisible();
      await popup.screenshot({ path: artifact(`popup-trend-${language}-${theme}.png`), fullPage: true });
    } finally {
      await browser.close();
    }
  });
}
