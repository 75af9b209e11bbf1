/**
 * Connecting services on the setup page in Chromium, against a sandbox: the secret inputs are
 * emptied at once, the status becomes ACTIVE after the read-only check, and the secret is nowhere
 * (DOM, page storage, any response). The Smart Store opens a write capability only after the
 * read-only order probe.
 */
import type { Page } from '@playwright/test';
import { DEMO_CREDENTIALS, sandboxOverrides, startSandbox, type RunningSandbox } from '@aigenc/companion';
import { startCompanion, type CompanionProcess } from '../support/companion.ts';
import { artifact, expect, test } from './fixtures.ts';

let sandbox: RunningSandbox;
let companion: CompanionProcess;

test.beforeEach(async () => {
  sandbox = await startSandbox();
  companion = await startCompanion({ env: sandboxOverrides(sandbox.urls) });
});
test.afterEach(async () => {
  await companion.stop();
  companion.cleanup();
  await sandbox.close();
});

/** Every response body the page receives, to search for secrets afterwards. */
function recordResponses(page: Page): string[] {
  const bodies: string[] = [];
  page.on('response', (response) => {
    void response.text().then(
      (text) => bodies.push(text),
      () => undefined,
    );
  });
  return bodies;
}

test('connecting a service empties the secret inputs, validates it, and never shows a secret again', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  const bodies = recordResponses(page);
  await page.goto(`${companion.url}/setup?scope=all`);
  const coupang = page.locator('section.connector[data-provider="coupang-partners"]');
  await expect(coupang).toContainText('설정 필요');
  await expect(coupang).toContainText('쿠팡 파트너스 → Tools → 파트너스 API');
  await expect(coupang.getByRole('link', { name: '공식 페이지 열기' })).toHaveAttribute(
    'href',
    'https://partners.coupang.com/',
  );
  const secretInput = coupang.getByLabel('비밀키 (Secret Key)');
  await expect(secretInput).toHaveAttribute('type', 'password');
  await expect(secretInput).toHaveAttribute('autocomplete', 'off');
  await expect(secretInput).toHaveAttribute('spellcheck', 'false');

  const keys = DEMO_CREDENTIALS['coupang-partners'];
  await coupang.getByLabel('Access Key').fill(keys.accessKey);
  await secretInput.fill(keys.secretKey);
  await coupang.getByLabel('기본 subId (선택)').fill('blog');
  await coupang.getByRole('button', { name: '연동' }).click();
  // Emptied the moment the button is pressed, before the answer comes.
  await expect(secretInput).toHaveValue('');
  const card = page.locator('section.connector[data-provider="coupang-partners"]');
  await expect(card).toContainText('검증 전');
  await expect(card).toContainText('저장했습니다');
  await expect(card.getByLabel('비밀키 (Secret Key)')).toHaveValue('');
  await expect(card.getByLabel('Access Key')).toHaveValue('');
  await card.getByRole('button', { name: '연결 확인' }).click();
  await expect(card.locator('.status')).toHaveText('정상');
  await expect(card).toContainText('키 설정됨');

  const html = await page.content();
  const storage = await page.evaluate(
    () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
  );
  for (const secret of [keys.secretKey, keys.accessKey]) {
    expect(html).not.toContain(secret);
    expect(storage).not.toContain(secret);
    for (const body of bodies) expect(body).not.toContain(secret);
  }
  expect(bodies.length).toBeGreaterThan(5);
  await page.screenshot({ path: artifact('setup-connect-ko.png'), fullPage: true });

  // The same keys again: told apart by digest, nothing changes.
  await card.getByLabel('Access Key').fill(keys.accessKey);
  await card.getByLabel('비밀키 (Secret Key)').fill(keys.secretKey);
  await card.getByLabel('기본 subId (선택)').fill('blog');
  await card.getByRole('button', { name: '새 키로 연동' }).click();
  await expect(page.locator('section.connector[data-provider="coupang-partners"]')).toContainText(
    '이전과 같은 키입니다',
  );
  await expect(page.locator('section.connector[data-provider="coupang-partners"] .status')).toHaveText('정상');

  // Disconnect: back to "setup required".
  page.once('dialog', (dialog) => void dialog.accept());
  await page
    .locator('section.connector[data-provider="coupang-partners"]')
    .getByRole('button', { name: '연결 끊기' })
    .click();
  await expect(page.locator('section.connector[data-provider="coupang-partners"] .status')).toHaveText('설정 필요');
});

test('Smart Store: token-only check, read-only order probe, then one write capability at a time', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 1200 });
  const bodies = recordResponses(page);
  await page.goto(`${companion.url}/setup?scope=all`);
  const store = () => page.locator('section.connector[data-provider="naver-commerce"]');
  await expect(store()).toContainText('커머스API센터 → 애플리케이션 → 내 스토어 애플리케이션');
  const keys = DEMO_CREDENTIALS['naver-commerce'];
  await store().getByLabel('Client ID').fill(keys.clientId);
  await store().getByLabel('Client Secret').fill(keys.clientSecret);
  await store().getByRole('button', { name: '연동' }).click();
  await expect(store()).toContainText('검증 전');
  await store().getByRole('button', { name: '연결 확인' }).click();
  await expect(store().locator('.status')).toHaveText('정상');
  expect(sandbox.states.commerce.stats['commerce:changes']).toBeUndefined();

  // A write before the order probe is refused, in words, and the box does not stay ticked.
  const confirm = store().getByRole('checkbox', { name: /발주 확인/ });
  await expect(confirm).not.toBeChecked();
  await confirm.check({ force: true }).catch(() => undefined);
  await expect(store().getByRole('status')).toContainText('읽기 전용 주문 조회가 한 번 성공한 뒤');
  await expect(store().getByRole('checkbox', { name: /발주 확인/ })).not.toBeChecked();

  await store().getByLabel('내보내기 건수 (선택)').fill('2');
  await store().getByRole('button', { name: '조회' }).click();
  await expect(store().locator('.probe-result')).toContainText(/변경 \d+건/);
  await expect(store().locator('.probe-result')).toContainText('스마트스토어 내보내기(2건)');
  await store()
    .getByRole('checkbox', { name: /발주 확인/ })
    .check();
  await expect(store().getByRole('checkbox', { name: /발주 확인/ })).toBeChecked();
  await expect(store().getByRole('checkbox', { name: /송장 입력/ })).not.toBeChecked();
  await expect(store().locator('.audit')).toContainText('기능 켬 · 발주 확인');
  await expect(store().locator('.audit')).toContainText('읽기 전용 주문 조회');
  await expect(store().locator('.probe-result')).toContainText('스마트스토어 내보내기(2건)');
  await expect(page.locator('#error')).toBeHidden();
  for (const body of bodies) expect(body).not.toContain(keys.clientSecret);
  expect(await page.content()).not.toContain(keys.clientSecret);
  await page.screenshot({ path: artifact('setup-commerce-ko.png'), fullPage: true });

  await page.goto(`${companion.url}/setup?lang=en&scope=all`);
  await expect(page.locator('section.connector[data-provider="naver-commerce"] .status')).toHaveText('active');
  await page.screenshot({ path: artifact('setup-commerce-en.png'), fullPage: true });
});
