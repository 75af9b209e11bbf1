/** The popup in a real browser: pairs with a running companion and shows its status. */
import { EXTENSION_ID } from '@aigenc/shared/identity';
import { runAigenc, startCompanion } from '../support/companion.ts';
import { setExtensionStorage } from '../support/browser.ts';
import { artifact, expect, test } from './fixtures.ts';

test('the extension id is the pinned one', ({ extensionId }) => {
  expect(extensionId).toBe(EXTENSION_ID);
});

test('the popup pairs with the companion and lists its connections', async ({ openPopup, companion }) => {
  const popup = await openPopup();
  await expect(popup.getByRole('status')).toContainText('컴패니언 연결됨');
  await expect(popup.getByRole('heading', { name: '컴패니언과 페어링' })).toBeVisible();
  await popup.locator('body').screenshot({ path: artifact('popup-unpaired.png') });

  // A wrong code is refused in the companion's words, and nothing is stored.
  await popup.getByLabel('페어링 코드').fill('AAAAA-AAAAA');
  await popup.getByRole('button', { name: '페어링' }).click();
  await expect(popup.getByRole('alert')).toContainText('페어링 코드가 맞지 않거나 만료되었습니다');

  const { code } = JSON.parse(runAigenc(['pair', '--json'], companion.home).stdout) as { code: string };
  await popup.getByLabel('페어링 코드').fill(code.toLowerCase());
  await popup.getByRole('button', { name: '페어링' }).click();

  // Paired: the keyword view leads; connections are one click away.
  await expect(popup.getByRole('searchbox', { name: '키워드' })).toBeVisible();
  await popup.getByText('API 연결', { exact: true }).first().click();
  await expect(popup.getByRole('heading', { name: 'API 연결' })).toBeVisible();
  const items = popup.locator('ul.connections li');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('네이버 검색광고');
  await expect(items.nth(0)).toContainText('검증 전');
  await expect(items.nth(1)).toContainText('쿠팡 파트너스');
  await popup.locator('body').screenshot({ path: artifact('popup-paired.png') });

  // The token survives a reopen: the popup stays paired.
  const again = await openPopup();
  await expect(again.locator('ul.connections li')).toHaveCount(2);
});

test('the popup says how to start the companion when it is not running', async ({ openPopup, companion }) => {
  await companion.stop();
  const popup = await openPopup();
  await expect(popup.getByRole('heading', { name: '컴패니언이 실행 중이 아닙니다' })).toBeVisible();
  await expect(popup.getByText(`http://127.0.0.1:${companion.port}`)).toBeVisible();
  await popup.locator('body').screenshot({ path: artifact('popup-offline.png') });
});

test('revoking the pairing on the setup page unpairs the popup', async ({ context, openPopup, companion }) => {
  const popup = await openPopup();
  const { code } = JSON.parse(runAigenc(['pair', '--json'], companion.home).stdout) as { code: string };
  await popup.getByLabel('페어링 코드').fill(code);
  await popup.getByRole('button', { name: '페어링' }).click();
  await expect(popup.locator('ul.connections li')).toHaveCount(2);

  const setup = await context.newPage();
  await setup.goto(`${companion.url}/setup`);
  await expect(setup.getByRole('cell', { name: 'Chrome · AigenC Lens' })).toBeVisible();
  setup.once('dialog', (dialog) => void dialog.accept());
  await setup.getByRole('button', { name: '연결 해제' }).click();
  await expect(setup.getByText('아직 연결된 확장 프로그램이 없습니다.')).toBeVisible();

  await popup.reload();
  await expect(popup.getByText('페어링이 해제되었습니다')).toBeVisible();
});

test('against aigenc demo the popup shows the sandbox connections, labelled, and opens the store page', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const demo = await startCompanion({ command: 'demo' });
  try {
    await setExtensionStorage(serviceWorker, { companionPort: demo.port, companionToken: null });
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const { code } = JSON.parse(runAigenc(['pair', '--json'], demo.home).stdout) as { code: string };
    await popup.getByLabel('페어링 코드').fill(code);
    await popup.getByRole('button', { name: '페어링' }).click();
    const items = popup.locator('ul.connections li');
    await expect(items).toHaveCount(4);
    await expect(items.filter({ hasText: '샌드박스' })).toHaveCount(4);
    await popup.getByText('API 연결', { exact: true }).first().click();
    await popup.locator('body').screenshot({ path: artifact('popup-demo.png') });
    // The store is connected: its page is one click away.
    const [store] = await Promise.all([
      context.waitForEvent('page'),
      popup.getByRole('button', { name: '스마트스토어' }).click(),
    ]);
    await expect(store).toHaveURL(/\/store\.html$/);
    await expect(store.getByRole('heading', { name: '스마트스토어', level: 1 })).toBeVisible();
  } finally {
    await demo.stop();
    demo.cleanup();
  }
});
