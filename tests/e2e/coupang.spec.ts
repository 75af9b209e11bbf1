/**
 * Coupang in the popup against `aigenc demo`: on a product page (routed) one click puts the short
 * link on the clipboard; products for a query; links in bulk; the history; and what happens when
 * no link can be made (the plain address, clearly marked as not an affiliate link).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { demoEnvironment, startSandbox } from '@aigenc/companion';
import { setExtensionStorage } from '../support/browser.ts';
import { startCompanion } from '../support/companion.ts';
import { artifact, expect, test, useDemoCompanion } from './fixtures.ts';

const TOKEN = 'e2e-coupang-token-0123456789abcdefghijklmnop';
const PRODUCT =
  'https://www.coupang.com/vp/products/7335597976?itemId=18738765443&vendorItemId=85873964906&q=%EC%BA%A0%ED%95%91&rank=2';
const DISCLOSURE = '이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.';

const demo = useDemoCompanion(TOKEN);

async function popupOn(context: BrowserContext, extensionId: string, url: string, title: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.goto(
    `chrome-extension://${extensionId}/popup.html?url=${encodeURIComponent(url)}&title=${encodeURIComponent(title)}`,
  );
  return popup;
}

/**
 * Reads the browser's clipboard from an ordinary (routed) page: permissions cannot be granted to an
 * extension's origin, and the clipboard is the same for every page of the browser.
 */
async function clipboard(page: Page): Promise<string> {
  const context = page.context();
  const origin = 'https://clipboard-reader.invalid';
  await context.route(`${origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<p>reader</p>' }));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const reader = await context.newPage();
  try {
    await reader.goto(`${origin}/`);
    await reader.bringToFront();
    return await reader.evaluate(() => navigator.clipboard.readText());
  } finally {
    await reader.close();
    await page.bringToFront();
  }
}

test('on a Coupang product page one click puts the Partners link on the clipboard', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await context.route('https://www.coupang.com/**', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<title>코멧 캠핑의자 접이식 - 쿠팡!</title><h1>코멧 캠핑의자 접이식</h1>',
    }),
  );
  const tab = await context.newPage();
  await tab.goto(PRODUCT);
  await setExtensionStorage(serviceWorker, { companionPort: demo().port, companionToken: TOKEN });
  const popup = await popupOn(context, extensionId, tab.url(), await tab.title());

  const card = popup.getByRole('region', { name: '이 페이지의 쿠팡 파트너스 링크' });
  await expect(card).toContainText('코멧 캠핑의자 접이식');
  await card.getByRole('button', { name: '링크 만들고 복사' }).click();
  await expect(card.locator('.copied-badge')).toHaveText('복사됨');
  const shortLink = (await card.locator('.short-link').textContent())!;
  expect(shortLink).toMatch(/^https:\/\/link\.coupang\.com\/a\/[a-z0-9]+$/);
  // The default format: the link, then the disclosure sentence.
  expect(await clipboard(popup)).toBe(`${shortLink}\n${DISCLOSURE}`);
  await popup.locator('body').screenshot({ path: artifact('popup-coupang-link.png') });

  // Link only, then Markdown; the subId is remembered for the next time.
  await card.getByLabel('복사 형식').selectOption('link');
  await card.getByRole('button', { name: '다시 복사' }).click();
  expect(await clipboard(popup)).toBe(shortLink);
  await card.getByLabel('복사 형식').selectOption('markdown');
  await card.getByRole('button', { name: '다시 복사' }).click();
  expect(await clipboard(popup)).toBe(`[코멧 캠핑의자 접이식](${shortLink})\n\n${DISCLOSURE}`);

  await card.getByLabel('subId (채널 구분)').fill('blog_01');
  await card.getByRole('button', { name: '링크 만들고 복사' }).click();
  await expect(card.locator('.short-link')).not.toHaveText(shortLink);
  const again = await popupOn(context, extensionId, tab.url(), await tab.title());
  await expect(again.getByLabel('subId (채널 구분)').first()).toHaveValue('blog_01');
  await expect(again.getByLabel('복사 형식').first()).toHaveValue('markdown');

  // The history lists the page by its title, searchable.
  await again.getByRole('tab', { name: '기록' }).click();
  const history = again.getByRole('tabpanel', { name: '기록' });
  await expect(history.locator('.history-list li')).toHaveCount(2);
  await expect(history).toContainText('코멧 캠핑의자 접이식');
  await history.getByRole('searchbox').fill('없는제목');
  await expect(history).toContainText('찾는 링크가 없습니다');
});

test('with auto-copy on, opening the popup on a Coupang page copies the link at once', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await setExtensionStorage(serviceWorker, {
    companionPort: demo().port,
    companionToken: TOKEN,
    coupangPrefs: {
      format: 'link',
      autoCopy: true,
      subId: null,
      recentSubIds: [],
      disclosure: DISCLOSURE,
      disclosureOn: true,
    },
  });
  const popup = await popupOn(context, extensionId, 'https://m.coupang.com/vm/products/555?itemId=1', '보온병');
  await expect(popup.locator('.copied-badge')).toHaveText('복사됨');
  expect(await clipboard(popup)).toMatch(/^https:\/\/link\.coupang\.com\/a\/[a-z0-9]+$/);
});

test('where no link can be made, the popup says why and offers the plain address, marked as such', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await setExtensionStorage(serviceWorker, { companionPort: demo().port, companionToken: TOKEN });
  const region = { name: '이 페이지의 쿠팡 파트너스 링크' };
  // A person's own page (My Coupang): the reason, no button, and its address is not offered.
  const unsupported = await popupOn(context, extensionId, 'https://www.coupang.com/np/mycoupang', '마이쿠팡');
  const card = unsupported.getByRole('region', region);
  await expect(card.getByRole('alert')).toContainText('로그인·장바구니·주문·마이쿠팡 페이지는');
  await expect(card.locator('.plain-link')).toHaveCount(0);
  await expect(card.getByRole('button', { name: '링크 만들고 복사' })).toBeHidden();

  // A page Coupang answers it cannot link (the sandbox refuses help pages): its words, and the
  // page's own address marked "not an affiliate link"; no retry is offered.
  const help = await popupOn(context, extensionId, 'https://www.coupang.com/np/help/faq', '고객센터');
  const helpCard = help.getByRole('region', region);
  await helpCard.getByRole('button', { name: '링크 만들고 복사' }).click();
  await expect(helpCard.getByRole('alert')).toContainText('링크로 만들 수 없다고 답했습니다: "url convert failed"');
  await expect(helpCard.locator('.plain-link')).toContainText('파트너스 링크 아님');
  await expect(helpCard.locator('.plain-link code')).toHaveText('https://www.coupang.com/np/help/faq');
  await expect(helpCard.locator('.short-link')).toHaveCount(0);
  await help.locator('body').screenshot({ path: artifact('popup-coupang-vendor-refused.png') });

  // Short links are already someone's link: said so, and not offered as a plain address.
  for (const url of ['https://link.coupang.com/a/bXyZ12', 'https://coupa.ng/bQz9Xk']) {
    const short = await popupOn(context, extensionId, url, '');
    const shortCard = short.getByRole('region', region);
    await expect(shortCard.getByRole('alert')).toContainText('이미 만들어진 단축·파트너스 링크입니다');
    await expect(shortCard.locator('.plain-link')).toHaveCount(0);
  }

  // In bulk: the lines that are not Coupang pages are listed with the reason and never sent.
  await unsupported.getByRole('tab', { name: '일괄 링크' }).click();
  const batch = unsupported.getByRole('tabpanel', { name: '일괄 링크' });
  await batch
    .getByRole('textbox')
    .fill(
      [
        'https://www.coupang.com/vp/products/1?itemId=2',
        'https://www.coupang.com.evil.example/vp/products/1',
        'https://m.coupang.com/nm/search?q=%EB%B3%B4%EC%98%A8%EB%B3%91',
        'https://link.coupang.com/a/abc123',
      ].join('\n'),
    );
  await batch.getByRole('button', { name: '모두 링크로 만들기' }).click();
  await expect(batch.locator('.batch-results li')).toHaveCount(2);
  await expect(batch.getByRole('alert')).toContainText('링크를 만들 수 없는 2줄은 보내지 않았습니다');
  await expect(batch.getByRole('alert')).toContainText('이미 만들어진 단축·파트너스 링크입니다');
  await expect(batch.getByRole('button', { name: '링크 2개 모두 복사' })).toBeVisible();
  await unsupported.locator('body').screenshot({ path: artifact('popup-coupang-batch.png') });
});

test('Coupang Global, promotion pages and brand shops go to the vendor (unverified: the sandbox assumes it links them)', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await setExtensionStorage(serviceWorker, { companionPort: demo().port, companionToken: TOKEN });
  const pages: Array<[url: string, title: string, shot?: string]> = [
    [
      'https://www.coupang.com/np/coupangglobal?src=1042503&spec=10304991',
      '로켓직구 - 쿠팡!',
      'popup-coupang-global.png',
    ],
    ['https://pages.coupang.com/p/121237?sourceType=gm_crm_goldbox', '쿠팡 골드박스 기획전'],
    [
      `https://www.coupang.com/np/products/brand-shop?brandName=${encodeURIComponent('코멧')}&vendorId=A00012345`,
      '코멧 브랜드샵 - 쿠팡!',
    ],
  ];
  for (const [url, title, shot] of pages) {
    const popup = await popupOn(context, extensionId, url, title);
    const card = popup.getByRole('region', { name: '이 페이지의 쿠팡 파트너스 링크' });
    await card.getByRole('button', { name: '링크 만들고 복사' }).click();
    await expect(card.locator('.short-link')).toHaveText(/^https:\/\/link\.coupang\.com\/a\/[a-z0-9]+$/);
    if (shot) await popup.locator('body').screenshot({ path: artifact(shot) });
    await popup.close();
  }
});

test('when the vendor fails, the plain page address is offered, never a link that looks affiliate', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const sandbox = await startSandbox();
  const own = await startCompanion({ env: { ...demoEnvironment(sandbox.urls), AIGENC_API_TOKEN: TOKEN } });
  try {
    sandbox.states.coupang.inject({ kind: 'status-500', count: 5 });
    await setExtensionStorage(serviceWorker, { companionPort: own.port, companionToken: TOKEN });
    const popup = await popupOn(context, extensionId, PRODUCT, '코멧 캠핑의자 접이식 - 쿠팡!');
    const card = popup.getByRole('region', { name: '이 페이지의 쿠팡 파트너스 링크' });
    await card.getByRole('button', { name: '링크 만들고 복사' }).click();
    await expect(card.getByRole('alert')).toContainText('쿠팡');
    await expect(card.locator('.plain-link')).toContainText('파트너스 링크 아님');
    await expect(card.locator('.plain-link code')).toHaveText(
      'https://www.coupang.com/vp/products/7335597976?itemId=18738765443&vendorItemId=85873964906',
    );
    await expect(card.locator('.short-link')).toHaveCount(0);
    await expect(card.locator('.copied-badge')).toHaveCount(0);
    await card.getByRole('button', { name: '일반 주소 복사' }).click();
    await expect(card.getByRole('button', { name: '일반 주소 복사됨' })).toBeVisible();
    expect(await clipboard(popup)).not.toContain('link.coupang.com');
    await popup.locator('body').screenshot({ path: artifact('popup-coupang-failed.png') });
  } finally {
    await own.stop();
    own.cleanup();
    await sandbox.close();
  }
});

test('the products tab lists the query’s products with a copy button each, and the budget', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await setExtensionStorage(serviceWorker, { companionPort: demo().port, companionToken: TOKEN });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 1000 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?q=${encodeURIComponent('캠핑의자')}`);
  await expect(popup.locator('section.metrics h2')).toContainText('캠핑의자');
  await popup.getByRole('tab', { name: '쿠팡 상품' }).click();
  const panel = popup.getByRole('tabpanel', { name: '쿠팡 상품' });
  await expect(panel.locator('.product-list li')).toHaveCount(10);
  await expect(panel.getByRole('searchbox')).toHaveValue('캠핑의자');
  await expect(panel).toContainText('이번 시간 남은 상품 검색 9회');
  await expect(panel.locator('.product-list img').first()).toHaveJSProperty('complete', true);
  await panel.getByLabel('복사 형식').selectOption('link');
  await panel.locator('.product-list li').first().getByRole('button', { name: '링크 복사' }).click();
  expect(await clipboard(popup)).toMatch(/^https:\/\/link\.coupang\.com\/re\/AFFSDP\?/);
  await popup.locator('body').screenshot({ path: artifact('popup-coupang-products.png') });
});

test('the disclosure sentence and auto-copy are edited in the options and kept', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await setExtensionStorage(serviceWorker, { companionPort: demo().port, companionToken: TOKEN });
  const options = await context.newPage();
  await options.setViewportSize({ width: 700, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const section = options.getByRole('region', { name: '쿠팡 파트너스 링크' });
  await expect(section.getByLabel('대가성 문구', { exact: true })).toHaveValue(DISCLOSURE);
  await expect(section.getByLabel('대가성 문구 붙이기')).toBeChecked();
  await section.getByLabel('대가성 문구', { exact: true }).fill('쿠팡 파트너스 활동으로 수수료를 받을 수 있습니다.');
  await section.getByRole('button', { name: '저장' }).click();
  await expect(section.getByText('저장했습니다.')).toBeVisible();
  await section.getByLabel(/바로 링크를 만들어 복사/).check();
  await options.screenshot({ path: artifact('options-coupang-ko.png'), fullPage: true });

  await options.reload();
  await expect(options.getByLabel('대가성 문구', { exact: true })).toHaveValue(
    '쿠팡 파트너스 활동으로 수수료를 받을 수 있습니다.',
  );
  await expect(options.getByLabel(/바로 링크를 만들어 복사/)).toBeChecked();

  // The popup on a Coupang page now copies at once, with the edited sentence.
  const popup = await popupOn(context, extensionId, PRODUCT, '코멧 캠핑의자 접이식 - 쿠팡!');
  await expect(popup.locator('.copied-badge')).toHaveText('복사됨');
  expect(await clipboard(popup)).toMatch(
    /^https:\/\/link\.coupang\.com\/a\/\w+\n쿠팡 파트너스 활동으로 수수료를 받을 수 있습니다\.$/,
  );

  await options.getByRole('button', { name: '기본 문구로 되돌리기' }).click();
  await expect(options.getByLabel('대가성 문구', { exact: true })).toHaveValue(DISCLOSURE);
});
