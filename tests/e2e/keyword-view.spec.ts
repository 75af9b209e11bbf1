/** The popup on a Naver search page (served by context.route) shows the sandbox's numbers. */
import { readFileSync } from 'node:fs';
import { sandboxDocumentTotal, sandboxFigures } from '@aigenc/companion';
import { runAigenc, startCompanion, type CompanionProcess } from '../support/companion.ts';
import { setExtensionStorage } from '../support/browser.ts';
import { artifact, expect, test } from './fixtures.ts';

const NAVER = 'https://search.naver.com/search.naver?where=nexearch&query=%EC%BA%A0%ED%95%91%EC%9D%98%EC%9E%90';

let demo: CompanionProcess;

test.beforeEach(async () => {
  demo = await startCompanion({ command: 'demo' });
});
test.afterEach(async () => {
  await demo.stop();
  demo.cleanup();
});

test('on a Naver search page the popup shows the keyword’s numbers and related keywords', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await context.route('https://search.naver.com/**', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<title>캠핑의자 : 네이버 검색</title><h1>캠핑의자</h1>',
    }),
  );
  const page = await context.newPage();
  await page.goto(NAVER);
  await expect(page.locator('h1')).toHaveText('캠핑의자');

  const { code } = JSON.parse(runAigenc(['pair', '--json'], demo.home).stdout) as { code: string };
  await setExtensionStorage(serviceWorker, { companionPort: demo.port, companionToken: null });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.goto(
    `chrome-extension://${extensionId}/popup.html?url=${encodeURIComponent(page.url())}&title=${encodeURIComponent(await page.title())}`,
  );
  await popup.getByLabel('페어링 코드').fill(code);
  await popup.getByRole('button', { name: '페어링' }).click();

  const f = sandboxFigures('캠핑의자');
  const total = Number(f.pc) + Number(f.mobile);
  await expect(popup.getByRole('searchbox', { name: '키워드' })).toHaveValue('캠핑의자');
  const metrics = popup.locator('section.metrics');
  await expect(metrics.getByRole('heading', { name: /캠핑의자/ })).toBeVisible();
  await expect(metrics).toContainText(total.toLocaleString('ko-KR'));
  // Large counts read in Korean units; the exact figure is the title.
  const blog = sandboxDocumentTotal('blog', '캠핑의자').toLocaleString('ko-KR');
  await expect(metrics.locator(`dd[title="${blog}"]`)).toBeVisible();
  await expect(metrics).toContainText({ 낮음: '낮음', 중간: '중간', 높음: '높음' }[f.competition]);
  await expect(popup.locator('section.related tbody tr')).toHaveCount(20);
  // Saturation of related keywords costs document counts: only on demand.
  await expect(popup.locator('section.related tbody tr').first().locator('td').nth(2)).toHaveText('–');
  await popup.getByRole('button', { name: '포화도', exact: true }).click();
  await expect(popup.locator('section.related tbody tr').first().locator('td').nth(2)).not.toHaveText('–', {
    timeout: 20_000,
  });
  await popup.locator('body').screenshot({ path: artifact('popup-keyword.png') });

  // The export's writer is loaded on the first click; its file has the shared keyword columns.
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    popup.locator('section.related').getByRole('button', { name: 'CSV 내보내기' }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF"keyword","pc","mobile","total","pc_below_10","mobile_below_10"')).toBe(true);
  expect(csv.split('\r\n').filter(Boolean).length).toBeGreaterThanOrEqual(21);

  // Typing another keyword looks it up; a related keyword can be picked.
  await popup.getByRole('searchbox', { name: '키워드' }).fill('무선 이어폰');
  await popup.getByRole('button', { name: '조회' }).click();
  await expect(metrics.getByRole('heading', { name: /무선 이어폰/ })).toBeVisible();
});

test('without Search Ad keys the popup says so and offers the setup page', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const bare = await startCompanion();
  try {
    const { code } = JSON.parse(runAigenc(['pair', '--json'], bare.home).stdout) as { code: string };
    await setExtensionStorage(serviceWorker, { companionPort: bare.port, companionToken: null });
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?q=${encodeURIComponent('캠핑의자')}`);
    await popup.getByLabel('페어링 코드').fill(code);
    await popup.getByRole('button', { name: '페어링' }).click();
    const alert = popup.getByRole('alert');
    await expect(alert).toContainText('네이버 검색광고가 아직 연결되지 않았습니다');
    await expect(alert.getByRole('button', { name: '설정 페이지 열기' })).toBeVisible();
    await popup.locator('body').screenshot({ path: artifact('popup-not-configured.png') });
    const [setup] = await Promise.all([
      context.waitForEvent('page'),
      alert.getByRole('button', { name: '설정 페이지 열기' }).click(),
    ]);
    await expect(setup).toHaveURL(`${bare.url}/setup`);
  } finally {
    await bare.stop();
    bare.cleanup();
  }
});
