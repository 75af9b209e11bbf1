/**
 * The popup on the pages a marketer browses (issue 17), each served by context.route at its real
 * address: a marketplace search (UTF-8 and EUC-KR), a portal, a hashtag page, a shop's search, a
 * product page whose title carries the marketplace's name, and a blog post. The popup must show the
 * page's keyword.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { sandboxFigures } from '@aigenc/companion';
import { setExtensionStorage } from '../support/browser.ts';
import { artifact, expect, openPopup, test, useDemoCompanion } from './fixtures.ts';

const TOKEN = 'e2e-page-context-token-0123456789abcdefghij';
const demo = useDemoCompanion(TOKEN);
const e = encodeURIComponent;

interface Browser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

/**
 * The extension paired with the demo companion, a routed tab at `url` with `title`, and the popup
 * opened on it (as the toolbar button would).
 */
async function popupOnPage(
  { context, serviceWorker, extensionId }: Browser,
  url: string,
  title: string,
): Promise<Page> {
  await setExtensionStorage(serviceWorker, { companionPort: demo().port, companionToken: TOKEN });
  const host = new URL(url).host;
  await context.route(
    (address) => address.host === host,
    (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><title>${title}</title><h1>${title}</h1>`,
      }),
  );
  const tab = await context.newPage();
  await tab.goto(url);
  await expect(tab.locator('h1')).toHaveText(title);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?url=${e(tab.url())}&title=${e(await tab.title())}`);
  return popup;
}

const SEARCH_PAGES: Array<[family: string, url: string, title: string, keyword: string]> = [
  [
    'Gmarket search',
    `https://www.gmarket.co.kr/n/search?keyword=${e('캠핑의자')}&k=32&p=1`,
    'G마켓 - 캠핑의자',
    '캠핑의자',
  ],
  ['Gmarket, EUC-KR', 'https://www.gmarket.co.kr/n/search?keyword=%C4%B7%C7%CE', 'G마켓 - 캠핑', '캠핑'],
  [
    'Bing',
    'https://www.bing.com/search?q=%EC%BA%A0%ED%95%91+%ED%85%90%ED%8A%B8&form=QBLH',
    '캠핑 텐트 - 검색',
    '캠핑 텐트',
  ],
  ['an Instagram hashtag', `https://www.instagram.com/explore/tags/${e('캠핑')}/`, '#캠핑 | Instagram', '캠핑'],
  [
    'Olive Young',
    `https://www.oliveyoung.co.kr/store/search/getSearchMain.do?query=${e('선크림')}&giftYn=N`,
    '올리브영 검색결과',
    '선크림',
  ],
];

for (const [family, url, title, keyword] of SEARCH_PAGES) {
  test(`on ${family} the popup looks up the page's keyword`, async ({ context, serviceWorker, extensionId }) => {
    const popup = await popupOnPage({ context, serviceWorker, extensionId }, url, title);
    await expect(popup.getByRole('searchbox', { name: '키워드' })).toHaveValue(keyword);
    const metrics = popup.locator('section.metrics');
    await expect(metrics.getByRole('heading', { name: new RegExp(keyword) })).toBeVisible();
    // The sandbox's own figures for this keyword (Search Ad reads it without spaces): the exact
    // monthly total, "< 10" counted as 10.
    const f = sandboxFigures(keyword.replace(/\s+/g, ''));
    const total = [f.pc, f.mobile].reduce<number>((sum, n) => sum + (typeof n === 'number' ? n : 10), 0);
    await expect(metrics).toContainText(total.toLocaleString('ko-KR'));
    if (family === 'an Instagram hashtag') {
      await expect(popup.locator('section.related tbody tr').first()).toBeVisible();
      await popup.locator('body').screenshot({ path: artifact('popup-page-instagram-ko.png') });
    }
  });
}

test('on a marketplace product page the title, less the marketplace’s name, is looked up', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const popup = await popupOnPage(
    { context, serviceWorker, extensionId },
    'https://item.gmarket.co.kr/Item?goodscode=3012345678',
    '[G마켓] 쿠쿠 전기밥솥 6인용',
  );
  await expect(popup.getByRole('searchbox', { name: '키워드' })).toHaveValue('쿠쿠 전기밥솥 6인용');
  await expect(popup.locator('section.metrics').getByRole('heading', { name: /쿠쿠 전기밥솥 6인용/ })).toBeVisible();
  await expect(popup.locator('section.related tbody tr').first()).toBeVisible();
  await popup.locator('body').screenshot({ path: artifact('popup-page-product-ko.png') });
});

test('on a blog post the title, less the blog’s name, is offered but looked up only when asked', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const popup = await popupOnPage(
    { context, serviceWorker, extensionId },
    'https://campinglog.tistory.com/123',
    '캠핑의자 추천 TOP5 :: 캠핑로그',
  );
  const box = popup.getByRole('searchbox', { name: '키워드' });
  await expect(box).toHaveValue('캠핑의자 추천 TOP5');
  // A post's title is a guess: nothing is spent on it until the person asks (a lookup would show
  // its loading panel in the same frame as the prefilled box).
  await expect(popup.locator('.keyword-view section[aria-busy="true"]')).toHaveCount(0);
  await expect(popup.locator('section.metrics')).toHaveCount(0);
  await box.fill('캠핑의자 추천');
  await popup.getByRole('button', { name: '조회' }).click();
  await expect(popup.locator('section.metrics').getByRole('heading', { name: /캠핑의자 추천/ })).toBeVisible();
});

test('in English and dark, a Bing search reads the same keyword', async () => {
  const { browser, popup } = await openPopup({
    port: demo().port,
    token: TOKEN,
    language: 'en',
    theme: 'dark',
    page: `url=${e('https://www.bing.com/search?q=%EB%AC%B4%EC%84%A0+%EC%9D%B4%EC%96%B4%ED%8F%B0')}&title=${e('무선 이어폰 - Search')}`,
  });
  try {
    await expect(popup.getByRole('searchbox', { name: 'Keyword' })).toHaveValue('무선 이어폰');
    await expect(popup.locator('section.metrics').getByRole('heading', { name: /무선 이어폰/ })).toBeVisible();
    await expect(popup.locator('section.related tbody tr').first()).toBeVisible();
    await popup.locator('body').screenshot({ path: artifact('popup-page-bing-en-dark.png') });
  } finally {
    await browser.close();
  }
});
