/**
 * The popup's waiting states against a sandbox run by the test: Naver Search's quota used up
 * (figures shown, document counts explained with when they are asked again) and Search Ad cooling
 * down after a storm of 429s (until when). The demo's Search keys are API HUB keys, which answer a
 * spent quota with 429 `400` after they have worked (unverified: the sandbox counts it daily).
 */
import { demoEnvironment, startSandbox, type RunningSandbox } from '@aigenc/companion';
import { setExtensionStorage } from '../support/browser.ts';
import { startCompanion, type CompanionProcess } from '../support/companion.ts';
import { artifact, expect, test } from './fixtures.ts';

const TOKEN = 'e2e-token-0123456789abcdefghijklmnopqrstuvwxyz';
const TIME = /\d{1,2}:\d{2}/;

let sandbox: RunningSandbox;
let companion: CompanionProcess;

test.beforeEach(async () => {
  sandbox = await startSandbox({ search: { dailyQuota: 2 } });
  companion = await startCompanion({
    env: { ...demoEnvironment(sandbox.urls), AIGENC_API_TOKEN: TOKEN, AIGENC_SEARCHAD_INTERVAL_MS: '100' },
  });
});
test.afterEach(async () => {
  await companion.stop();
  companion.cleanup();
  await sandbox.close();
});

test('quota used up (unverified: the API HUB search quota is emulated as daily) and cooling down are said in words, with the time they end', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await setExtensionStorage(serviceWorker, { companionPort: companion.port, companionToken: TOKEN });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });

  // Two document counts are all the sandbox's quota allows: the figures stand, the rest is explained.
  await popup.goto(`chrome-extension://${extensionId}/popup.html?q=${encodeURIComponent('캠핑의자')}`);
  const metrics = popup.locator('section.metrics');
  await expect(metrics.getByRole('heading', { name: /캠핑의자/ })).toBeVisible();
  const note = popup.getByRole('status').filter({ hasText: '호출 한도' });
  await expect(note).toContainText('API HUB가 검색 API 호출 한도를 넘었다고 답했습니다');
  await expect(note).toContainText(TIME);
  await popup.locator('body').screenshot({ path: artifact('popup-quota.png') });

  // Three 429s in a row: Search Ad pauses every call for five minutes, and the popup says until when.
  sandbox.states.searchad.inject({ kind: 'status-429', count: 3 });
  for (const keyword of ['등산화', '전기포트', '보온병']) {
    await popup.getByRole('searchbox', { name: '키워드' }).fill(keyword);
    await popup.getByRole('button', { name: '조회' }).click();
    await expect(popup.getByRole('alert').or(metrics.getByRole('heading', { name: keyword }))).toBeVisible({
      timeout: 20_000,
    });
  }
  const alert = popup.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(TIME);
  await popup.locator('body').screenshot({ path: artifact('popup-cooling-down.png') });
});
