/**
 * The popup on the pages a marketer browses (issue 17), each served by context.route at its real
 * address: a marketplace search (UTF-8 and EUC-KR), a portal, a hashtag page, a shop's search, a
 * product page whose title carries the marketplace's name, and a blog post. The popup is opened as
 * a person opens it, with the toolbar button on that tab, and reads the tab itself: it must show
 * the page's keyword. (The last test hands a page to the popup's address, as the side panel's
 * links do, for the English and dark look.)
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { sandboxFigures } from '@aigenc/companion';
import { setExtensionStorage } from '../support/browser.ts';
import { openToolbarPopup, type ToolbarPopup } from '../support/toolbar-popup.ts';
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
 * opened on it by its toolbar button.
 */
async function popupOnPage(
  { context, serviceWorker, extensionId }: Browser,
  url: string,
  title: string,
): Promise<ToolbarPopup> {
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
  return openToolbarPopup(context, tab, extensionId);
}

/** The popup's keyword box, its metrics panel and its related table, read in the popup. */
const BOX = `document.querySelector('input[type="search"]')`;
const METRICS = `document.querySelector('section.metrics')`;
const RELATED_ROW = `document.querySelector('section.related tbody tr')`;
const has = (expression: string, text: string) => `(${expression}?.innerText ?? '').includes(${JSON.stringify(text)})`;

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
    await popup.waitFor(`${BOX}?.value === ${JSON.stringify(keyword)}`);
    await popup.waitFor(has(`${METRICS}?.querySelector('h2, h3')`, keyword));
    // The sandbox's own figures for this keyword (Search Ad reads it without spaces): the exact
    // monthly total, "< 10" counted as 10.
    const f = sandboxFigures(keyword.replace(/\s+/g, ''));
    const total = [f.pc, f.mobile].reduce<number>((sum, n) => sum + (typeof n === 'number' ? n : 10), 0);
    await popup.waitFor(has(METRICS, total.toLocaleString('ko-KR')));
    if (family === 'an Instagram hashtag') {
      await popup.waitFor(RELATED_ROW);
      await popup.screenshot(artifact('popup-page-instagram-ko.png'));
    }
    await popup.close();
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
  await popup.waitFor(`${BOX}?.value === '쿠쿠 전기밥솥 6인용'`);
  await popup.waitFor(has(`${METRICS}?.querySelector('h2, h3')`, '쿠쿠 전기밥솥 6인용'));
  await popup.waitFor(RELATED_ROW);
  await popup.screenshot(artifact('popup-page-product-ko.png'));
  await popup.close();
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
  await popup.waitFor(`${BOX}?.value === '캠핑의자 추천 TOP5'`);
  // A post's title is a guess: nothing is spent on it until the person asks (a lookup would show
  // its loading panel in the same frame as the prefilled box).
  expect(
    await popup.evaluate<number>(`document.querySelectorAll('.keyword-view section[aria-busy="true"]').length`),
  ).toBe(0);
  expect(await popup.evaluate<boolean>(`${METRICS} === null`)).toBe(true);
  await popup.evaluate(`(() => {
    const box = ${BOX};
    box.value = '캠핑의자 추천';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.form.requestSubmit();
  })()`);
  await popup.waitFor(has(`${METRICS}?.querySelector('h2, h3')`, '캠핑의자 추천'));
  await popup.close();
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
