/**
 * Who is shopping for the keyword, in the popup: closed until asked (it spends Shopping Insight
 * calls), then the gender, age and device shares as bars with exact percentages and the line that
 * says what they are, for the category of the Naver Shopping page in view, else the last one
 * chosen, else one to pick; and how categories move, up to three on one index. Korean and English,
 * light and dark.
 */
import type { Locator, Page } from '@playwright/test';
import { artifact, expect, openPopup, test, useDemoCompanion } from './fixtures.ts';

const TOKEN = 'e2e-audience-token-0123456789abcdefghijklmn';
const demo = useDemoCompanion(TOKEN);

const shoppingPage = (query: string, category: string) =>
  `url=${encodeURIComponent(`https://search.shopping.naver.com/search/all?query=${encodeURIComponent(query)}&catId=${category}`)}`;

function open(language: 'ko' | 'en', theme: 'light' | 'dark', page: string) {
  return openPopup({ port: demo().port, token: TOKEN, language, theme, page });
}

/** The share shown on a bar's row, as a number of percent. */
async function shareOf(row: Locator): Promise<number> {
  return Number((await row.locator('td.share').textContent())!.replace('%', ''));
}

async function openAudience(popup: Page, button: RegExp): Promise<Locator> {
  const audience = popup.locator('section.audience');
  await expect(audience).toBeVisible({ timeout: 20_000 });
  await audience.getByRole('button', { name: button }).click();
  return audience;
}

test('the shares of a Naver Shopping page’s category, then another category, then comparing categories, in Korean', async () => {
  const { browser, popup } = await open('ko', 'light', shoppingPage('캠핑의자', '50000007'));
  try {
    const audience = await openAudience(popup, /성별·연령·기기 보기/);
    const bars = audience.locator('.bars');
    await expect(bars).toHaveCount(3, { timeout: 20_000 });
    await expect(audience.getByLabel('카테고리', { exact: true })).toHaveValue('50000007');
    // Camping gear: mostly men, mostly in their 30s and 40s; each set sums to 100%.
    const gender = bars.nth(0).locator('tbody tr');
    await expect(gender).toHaveCount(2);
    await expect(gender.nth(1)).toHaveClass('top');
    await expect(gender.nth(1).locator('th')).toHaveText('남성');
    expect((await shareOf(gender.nth(0))) + (await shareOf(gender.nth(1)))).toBeCloseTo(100, 0);
    const ages = bars.nth(2).locator('tbody tr');
    await expect(ages).toHaveCount(6);
    await expect(ages.last().locator('th')).toHaveText('60대 이상');
    const shares = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => shareOf(ages.nth(i))));
    expect(shares.indexOf(Math.max(...shares))).toBeGreaterThanOrEqual(2);
    expect(shares.indexOf(Math.max(...shares))).toBeLessThanOrEqual(3);
    await expect(audience.locator('.audience-what')).toContainText(
      /네이버 쇼핑인사이트, \d{4}\.\d{2}~\d{4}\.\d{2}: ‘스포츠\/레저’ 카테고리에서 ‘캠핑의자’\(으\)로 일어난 쇼핑 클릭의 비율입니다\. 모든 검색의 비율이 아닙니다\./,
    );
    // The category's index over two years, labelled as an index; a second category on the same scale.
    const trends = audience.locator('.category-trends');
    await expect(trends.locator('svg path.line')).toHaveCount(1, { timeout: 20_000 });
    await trends.getByLabel('비교할 카테고리 더하기').selectOption({ label: '패션의류' });
    await expect(trends.locator('svg path.line')).toHaveCount(2, { timeout: 20_000 });
    await expect(trends.locator('.legend li')).toHaveText(['스포츠/레저', '패션의류']);
    await expect(trends).toContainText('가장 높은 달이 100');
    await trends.locator('svg').focus();
    await popup.keyboard.press('ArrowLeft');
    await expect(trends.locator('.chart-tip')).toContainText(/지수 \d+\.\d/);
    await audience.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: artifact('popup-audience-ko-light.png'), fullPage: true });
    await audience.screenshot({ path: artifact('popup-audience-section-ko-light.png') });

    // Another keyword, no category in the address: none chosen yet, so it asks for one.
    const id = new URL(popup.url()).host;
    await popup.goto(`chrome-extension://${id}/popup.html?q=${encodeURIComponent('원피스')}`);
    const again = popup.locator('section.audience');
    await expect(again.locator('.category-picker select').first()).toHaveValue('', { timeout: 20_000 });
    await expect(again.locator('.bars')).toHaveCount(0);
    await again.getByLabel('카테고리', { exact: true }).selectOption({ label: '패션의류' });
    await expect(again.locator('.bars')).toHaveCount(3, { timeout: 20_000 });
    await expect(again.locator('.bars').nth(0).locator('tbody tr').nth(0)).toHaveClass('top');
    // The category chosen is remembered for the next keyword; a deeper one from a page is offered by its id.
    await popup.goto(`chrome-extension://${id}/popup.html?${shoppingPage('니트', '50000805')}`);
    await expect(popup.locator('section.audience').getByLabel('카테고리', { exact: true })).toHaveValue('50000805', {
      timeout: 20_000,
    });
    await expect(popup.locator('section.audience .bars')).toHaveCount(3, { timeout: 20_000 });
    await expect(popup.locator('section.audience .audience-what')).toContainText('이 페이지의 카테고리 (50000805)');
    await popup.goto(`chrome-extension://${id}/popup.html?q=${encodeURIComponent('블라우스')}`);
    await expect(popup.locator('section.audience').getByLabel('카테고리', { exact: true })).toHaveValue('50000000', {
      timeout: 20_000,
    });
  } finally {
    await browser.close();
  }
});

test('closed until asked: opening a keyword asks the companion nothing of Shopping Insight', async () => {
  const { browser, popup } = await open('ko', 'light', shoppingPage('텐트', '50000007'));
  const asked: string[] = [];
  popup.on('request', (request) => asked.push(new URL(request.url()).pathname));
  try {
    const audience = popup.locator('section.audience');
    await expect(audience.getByRole('button', { name: /성별·연령·기기 보기/ })).toBeVisible({ timeout: 20_000 });
    await expect(popup.locator('section.trend svg path.line')).toHaveCount(2, { timeout: 20_000 });
    await expect(audience.locator('.bars')).toHaveCount(0);
    // The listener hears the popup's own requests (the trend comes after the metrics).
    expect(asked).toContain('/api/v1/keywords/trends');
    expect(asked.filter((path) => /\/keywords\/audience|\/shopping\//.test(path))).toEqual([]);
  } finally {
    await browser.close();
  }
});

for (const [language, theme] of [
  ['ko', 'dark'],
  ['en', 'light'],
  ['en', 'dark'],
] as const) {
  test(`the audience in ${language === 'ko' ? 'Korean' : 'English'}, ${theme}`, async () => {
    const { browser, popup } = await open(language, theme, shoppingPage('원피스', '50000000'));
    try {
      const audience = await openAudience(
        popup,
        language === 'ko' ? /성별·연령·기기 보기/ : /Show gender, age and device/,
      );
      await expect(audience.locator('.bars')).toHaveCount(3, { timeout: 20_000 });
      await expect(popup.locator('html')).toHaveAttribute('data-theme', theme);
      // Dresses: mostly women, mostly in their 20s and 30s.
      await expect(audience.locator('.bars').nth(0).locator('tbody tr').nth(0)).toHaveClass('top');
      if (language === 'en') {
        await expect(audience.locator('.bars').nth(0).locator('tbody tr').nth(0).locator('th')).toHaveText('Women');
        await expect(audience.locator('.audience-what')).toContainText(
          /Naver Shopping Insight, \d{4}\.\d{2} to \d{4}\.\d{2}: shares of the shopping clicks on ‘원피스’ within ‘Clothing’, not of all searches\./,
        );
      }
      await expect(audience.locator('.category-trends svg path.line')).toHaveCount(1, { timeout: 20_000 });
      const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await audience.scrollIntoViewIfNeeded();
      await popup.screenshot({ path: artifact(`popup-audience-${language}-${theme}.png`), fullPage: true });
      await audience.screenshot({ path: artifact(`popup-audience-section-${language}-${theme}.png`) });
    } finally {
      await browser.close();
    }
  });
}
