/**
 * The in-page panel's test support: the built extension with its site families' hosts granted
 * (Chrome's own permission prompt cannot be clicked by a test, so the copy lists the hosts as
 * granted at install and the options' switch then finds them granted, as after a person's "Allow"),
 * the switches turned in the options page as a person turns them, and search and product pages
 * shaped like the sites' own, served at their real addresses through `context.route()`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { EXTENSION_DIR } from './browser.ts';

/** A copy of the built extension whose optional site hosts are granted; removed by the returned function. */
export function grantedExtension(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'aigenc-granted-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string[] | undefined>;
  manifest['host_permissions'] = [
    ...(manifest['host_permissions'] ?? []),
    ...(manifest['optional_host_permissions'] ?? []),
  ];
  delete manifest['optional_host_permissions'];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The option's label for each family, in Korean (the browser's language in these tests). */
export const FAMILY_LABELS = {
  'naver-search': '네이버 통합검색',
  'naver-shopping': '네이버쇼핑 검색',
  coupang: '쿠팡 검색',
} as const;

/** The content scripts the extension has registered, by id. */
export async function registeredScripts(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> } };
    };
    return (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort();
  });
}

/** Turns family switches in the options page, as a person does, and waits for the scripts to follow. */
export async function setFamilies(
  context: BrowserContext,
  worker: Worker,
  extensionId: string,
  switches: Partial<Record<keyof typeof FAMILY_LABELS, boolean>>,
): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  for (const [family, on] of Object.entries(switches)) {
    const box = options.getByRole('checkbox', { name: FAMILY_LABELS[family as keyof typeof FAMILY_LABELS] });
    if ((await box.isChecked()) !== on) await box.click();
  }
  const wanted = Object.entries(switches)
    .filter(([, on]) => on)
    .map(([family]) => `aigenc-overlay-${family}`);
  for (let waited = 0; ; waited += 100) {
    const registered = await registeredScripts(worker);
    if (wanted.every((id) => registered.includes(id)) && registered.length === wanted.length) break;
    if (waited > 10_000) throw new Error(`scripts registered: ${registered.join(', ')}; wanted ${wanted.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await options.close();
}

const esc = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

interface SiteLook {
  brand: string;
  colour: string;
  param: string;
  results: (query: string) => string[];
}

const RESULTS = {
  naver: (q: string) => [
    `${q} 추천 TOP 7, 직접 써 보고 고른 후기`,
    `${q} 고르는 법: 무게, 높이, 수납 크기까지`,
    `${q} 최저가 비교 | 네이버 블로그`,
    `초보 캠퍼가 산 ${q}, 한 시즌 써 본 솔직 후기`,
    `${q} 지식iN: 어떤 걸 사야 할까요?`,
  ],
  shopping: (q: string) => [
    `[무료배송] 초경량 ${q} 1+1 캠핑 낚시 겸용`,
    `헬리녹스 스타일 ${q} 릴렉스 체어 블랙`,
    `${q} 접이식 로우체어 수납가방 포함`,
    `캠핑 ${q} 컵홀더 팔걸이형 대형`,
  ],
  coupang: (q: string) => [
    `코베아 ${q} 로우 체어, 블랙, 1개`,
    `[로켓배송] 캠핑 ${q} 경량 접이식 릴렉스`,
    `스노우라인 ${q} 하이백 체어`,
    `${q} 2개 세트 캠핑 낚시 겸용`,
  ],
};

const LOOKS: Record<string, SiteLook> = {
  'search.naver.com': { brand: 'NAVER', colour: '#03c75a', param: 'query', results: RESULTS.naver },
  'm.search.naver.com': { brand: 'NAVER', colour: '#03c75a', param: 'query', results: RESULTS.naver },
  'search.shopping.naver.com': { brand: 'N쇼핑', colour: '#03c75a', param: 'query', results: RESULTS.shopping },
  'msearch.shopping.naver.com': { brand: 'N쇼핑', colour: '#03c75a', param: 'query', results: RESULTS.shopping },
  'www.coupang.com': { brand: 'coupang', colour: '#e52528', param: 'q', results: RESULTS.coupang },
  'm.coupang.com': { brand: 'coupang', colour: '#e52528', param: 'q', results: RESULTS.coupang },
};

/**
 * A search page shaped like the site's (its header, a search box, a results column), which moves
 * to another query in place on `window.searchInPlace(q)`, as these sites do with history.pushState.
 */
export function searchPage(address: string): string {
  const url = new URL(address);
  const look = LOOKS[url.hostname] ?? LOOKS['search.naver.com']!;
  const query = url.searchParams.get(look.param) ?? '';
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${esc(query)} : ${look.brand} 검색</title>
<style>
body{margin:0;font-family:'Noto Sans KR',sans-serif;background:#f5f6f7;color:#222}
header{background:#fff;border-bottom:1px solid #e3e5e8;padding:14px 24px;display:flex;gap:16px;align-items:center}
header b{color:${look.colour};font-size:26px;font-weight:900}
header input{width:480px;padding:10px 14px;border:2px solid ${look.colour};border-radius:6px;font-size:16px}
main{max-width:700px;margin:0 0 0 170px;padding:16px 0}
main li{list-style:none;background:#fff;margin:0 0 10px;padding:14px 18px;border-radius:8px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
main li a{color:#1a0dab;font-size:16px;text-decoration:none}
main li p{margin:6px 0 0;color:#555;font-size:13px}
</style></head><body>
<header><b>${look.brand}</b><input id="q" value="${esc(query)}"></header>
<main><ol id="results"></ol></main>
<script>
const look = ${JSON.stringify({ param: look.param })};
const results = ${JSON.stringify(Object.fromEntries([query, '텐트', '캠핑테이블'].map((q) => [q, look.results(q)])))};
function draw(q){document.getElementById('q').value=q;document.title=q+' : ${look.brand} 검색';
 document.getElementById('results').innerHTML=(results[q]||[]).map(t=>'<li><a href="#">'+t+'</a><p>'+t+' 관련 글입니다.</p></li>').join('');}
window.searchInPlace=function(q){const u=new URL(location.href);u.searchParams.set(look.param,q);history.pushState({},'',u);draw(q);};
draw(${JSON.stringify(query)});
</script></body></html>`;
}

/** A Coupang product page: its title as Coupang writes it, a picture, a price and a buy button. */
export function productPage(name: string): string {
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${esc(name)} - 캠핑의자 | 쿠팡</title>
<style>body{margin:0;font-family:'Noto Sans KR',sans-serif;color:#111}header{padding:14px 24px;border-bottom:1px solid #eee}
header b{color:#e52528;font-size:26px}.prod{display:flex;gap:32px;padding:24px}.pic{width:360px;height:360px;background:#eef1f4;border-radius:8px}
h1{font-size:22px;font-weight:500}.price{color:#ae0000;font-size:26px;font-weight:700}button{background:#346aff;color:#fff;border:0;padding:14px 40px;font-size:16px;border-radius:4px}</style>
</head><body><header><b>coupang</b></header><div class="prod"><div class="pic"></div><div><h1>${esc(name)}</h1>
<p class="price">39,900원</p><p>로켓배송 · 내일(화) 도착 보장</p><button>바로구매</button></div></div></body></html>`;
}

/** Serves every routed site's pages: search pages for a query, product pages for /vp/products. */
export async function routeSites(context: BrowserContext, product = '코베아 캠핑의자 로우체어 블랙'): Promise<void> {
  await context.route(
    (address) => address.protocol === 'https:' && address.hostname !== 'link.coupang.com',
    (route) => {
      const address = route.request().url();
      const body = new URL(address).pathname.includes('/products/') ? productPage(product) : searchPage(address);
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body });
    },
  );
}

/** The injected panel's host, and whether it is on the page. */
export function overlayHost(page: Page, kind: 'keyword' | 'coupang-link') {
  return page.locator(`aigenc-overlay[data-aigenc-overlay="${kind}"]`);
}
