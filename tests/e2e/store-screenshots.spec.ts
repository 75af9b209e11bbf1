/**
 * The Chrome Web Store's screenshots, 1280x800, taken from the real extension against `aigenc
 * demo`: the popup over the page it reads (a search page, a Coupang product page), the 대량 분석 page
 * and the first-run guide. They land in tests/artifacts/store/, which `pnpm package` prefers to the
 * copies kept in docs/store/screenshots.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, openPopup, storeShot, test, useDemoCompanion } from './fixtures.ts';

const TOKEN = 'e2e-store-token-0123456789abcdefghijklmnop';
const demo = useDemoCompanion(TOKEN);
const SIZE = { width: 1280, height: 800 };

/** A page of our own writing to stand behind the popup: a search results page, or a product page. */
function backdrop(kind: 'search' | 'product', language: 'ko' | 'en'): string {
  const ko = language === 'ko';
  const results = ko
    ? [
        '캠핑의자 추천 2026 — 가벼운 릴렉스 체어 7종 비교',
        '캠핑의자 고르는 법: 높이, 무게, 수납 크기',
        '로우 체어와 하이 체어, 차박에는 무엇이 맞을까',
      ]
    : [
        'Best camping chairs of 2026: seven light chairs compared',
        'How to pick a camping chair: height, weight, packed size',
        'Low or high chair: which suits car camping',
      ];
  const body =
    kind === 'search'
      ? `<header><span class="logo">search</span><input value="캠핑의자"></header>
         <main>${results.map((r) => `<article><h3>${r}</h3><p>${'—'.repeat(3)} ${ko ? '블로그 · 2026.11.' : 'blog · Nov 2026'}</p><p class="line"></p><p class="line short"></p></article>`).join('')}</main>`
      : `<header><span class="logo">shop</span></header>
         <main class="product"><div class="photo"></div><div><h1>${ko ? '코멧 캠핑의자 접이식 경량 릴렉스체어' : 'Comet folding camping chair, light relax chair'}</h1>
         <p class="price">39,900${ko ? '원' : ' KRW'}</p><p class="line"></p><p class="line"></p><p class="line short"></p></div></main>`;
  return `<!doctype html><meta charset="utf-8"><style>
    body{margin:0;font-family:'Noto Sans CJK KR',sans-serif;background:#fff;color:#222}
    header{display:flex;gap:24px;align-items:center;padding:18px 40px;border-bottom:1px solid #e4e6ea}
    .logo{font-weight:700;font-size:22px;color:#1a7f4b} input{width:520px;font-size:17px;padding:10px 14px;border:2px solid #1a7f4b;border-radius:24px}
    main{padding:24px 40px;max-width:700px} article{margin:0 0 26px} h3{color:#1a0dab;font-size:18px;margin:0 0 6px}
    .line{height:10px;background:#eceef1;border-radius:5px;width:620px}.short{width:380px}
    .product{display:flex;gap:32px;max-width:none}.photo{width:360px;height:360px;background:linear-gradient(135deg,#dfe7dc,#b9c8b4);border-radius:8px}
    h1{font-size:24px;margin:0 0 12px}.price{font-size:26px;font-weight:700;color:#c8102e}
  </style>${body}`;
}

/** The popup's picture laid over the page's at the top right, as Chrome shows a popup. */
async function compose(context: BrowserContext, page: Buffer, popup: Buffer, path: string): Promise<void> {
  const sheet = await context.newPage();
  await sheet.setViewportSize(SIZE);
  const src = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await sheet.setContent(
    `<body style="margin:0;width:1280px;height:800px;overflow:hidden;position:relative">
      <img src="${src(page)}" style="position:absolute;inset:0">
      <img src="${src(popup)}" style="position:absolute;right:28px;top:6px;border:1px solid #c8ccd2;border-radius:8px;box-shadow:0 10px 32px rgba(0,0,0,.3)">
    </body>`,
  );
  await sheet.screenshot({ path });
  await sheet.close();
}

async function popupOverPage(options: {
  language: 'ko' | 'en';
  theme: 'light' | 'dark';
  kind: 'search' | 'product';
  url: string;
  title: string;
  ready: (popup: Page) => Promise<void>;
  shot: string;
}): Promise<void> {
  const query = `url=${encodeURIComponent(options.url)}&title=${encodeURIComponent(options.title)}`;
  const { browser, popup } = await openPopup({
    port: demo().port,
    token: TOKEN,
    language: options.language,
    theme: options.theme,
    page: query,
    viewport: { width: 420, height: 780 },
  });
  try {
    await options.ready(popup);
    const behind = await browser.context.newPage();
    await behind.setViewportSize(SIZE);
    await behind.setContent(backdrop(options.kind, options.language));
    await compose(browser.context, await behind.screenshot(), await popup.screenshot(), storeShot(options.shot));
  } finally {
    await browser.close();
  }
}

test('store: the keyword figures over a search page (ko) and in English, dark', async () => {
  for (const [language, theme, shot] of [
    ['ko', 'light', '1-keyword-ko.png'],
    ['en', 'dark', '5-keyword-en-dark.png'],
  ] as const) {
    await popupOverPage({
      language,
      theme,
      kind: 'search',
      url: 'https://search.naver.com/search.naver?where=nexearch&query=%EC%BA%A0%ED%95%91%EC%9D%98%EC%9E%90',
      title: '캠핑의자 : 네이버 검색',
      shot,
      ready: async (popup) => {
        await expect(popup.locator('section.metrics')).toContainText('캠핑의자');
        await expect(popup.locator('section.related tbody tr').first()).toBeVisible();
      },
    });
  }
});

test('store: a Coupang Partners link made in one click on a product page', async () => {
  await popupOverPage({
    language: 'ko',
    theme: 'light',
    kind: 'product',
    url: 'https://www.coupang.com/vp/products/7335597976?itemId=18741704367&vendorItemId=85873964906',
    title: '코멧 캠핑의자 접이식 경량 릴렉스체어 - 쿠팡!',
    shot: '2-coupang-ko.png',
    ready: async (popup) => {
      const card = popup.getByRole('region', { name: '이 페이지의 쿠팡 파트너스 링크' });
      await card.getByRole('button', { name: '링크 만들고 복사' }).click();
      await expect(card.locator('.short-link')).toHaveText(/^https:\/\/link\.coupang\.com\/a\//);
    },
  });
});

test('store: the 대량 분석 page with a finished list', async () => {
  const { browser, popup: page } = await openPopup({
    port: demo().port,
    token: TOKEN,
    language: 'ko',
    theme: 'light',
    page: '',
    path: 'bulk.html',
    viewport: SIZE,
  });
  try {
    const list = [
      '캠핑의자',
      '캠핑 테이블',
      '차박 매트',
      '캠핑 랜턴',
      '경량 텐트',
      '원터치 텐트',
      '캠핑 코펠',
      '화로대',
      '타프',
      '캠핑 침낭',
    ];
    await page.getByRole('textbox', { name: '조회할 키워드 목록' }).fill(list.join('\n'));
    await page.getByRole('textbox', { name: '작업 이름 (선택)' }).fill('캠핑 용품');
    await page.getByRole('button', { name: `분석 시작 (${list.length}개)` }).click();
    await expect(page.locator('.bulk-job .panel-head .job-status')).toHaveText('완료', { timeout: 60_000 });
    await page.locator('.bulk-table').getByRole('button', { name: '월간 검색수' }).click();
    await page.screenshot({ path: storeShot('3-bulk-ko.png') });
  } finally {
    await browser.close();
  }
});
