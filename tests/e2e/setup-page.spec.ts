/** The setup page in a real browser, in both languages: pairing codes, and what it refuses. */
import { artifact, expect, test } from './fixtures.ts';

test('the setup page makes a pairing code the popup accepts', async ({ context, companion, openPopup }) => {
  const setup = await context.newPage();
  await setup.setViewportSize({ width: 1000, height: 760 });
  await setup.goto(`${companion.url}/setup`);
  await expect(setup.getByRole('heading', { level: 1 })).toHaveText('AigenC Lens 컴패니언 설정');
  await setup.getByRole('button', { name: '페어링 코드 만들기' }).click();
  const code = setup.locator('#code');
  await expect(code).toHaveText(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  await expect(setup.locator('#code-expiry')).toContainText('후 만료');
  await setup.screenshot({ path: artifact('setup-ko.png'), fullPage: true });

  const popup = await openPopup();
  await popup.getByLabel('페어링 코드').fill((await code.textContent()) ?? '');
  await popup.getByRole('button', { name: '페어링' }).click();
  await expect(popup.locator('ul.connections li')).toHaveCount(2);

  await setup.reload();
  await expect(setup.getByRole('cell', { name: 'Chrome · AigenC Lens' })).toBeVisible();
  // Two connectors point at loopback (sandbox mode): listed only on request, labelled.
  await expect(setup.locator('section.connector')).toHaveCount(2);
  await setup.getByLabel('샌드박스·데모 연결도 보기').check();
  await expect(setup.locator('section.connector')).toHaveCount(4);
  await expect(setup.locator('section.connector[data-provider="coupang-partners"]')).toContainText('환경 변수');
  await setup.screenshot({ path: artifact('setup-ko-paired.png'), fullPage: true });

  await setup.getByRole('link', { name: 'English' }).first().click();
  await expect(setup.getByRole('heading', { level: 1 })).toHaveText('AigenC Lens companion setup');
  await expect(setup.getByRole('button', { name: 'Revoke' })).toBeVisible();
  await setup.screenshot({ path: artifact('setup-en.png'), fullPage: true });
});

test('the setup page cannot be framed by another site', async ({ context, companion }) => {
  const page = await context.newPage();
  await context.route('http://framer.test/', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<iframe id="f" src="${companion.url}/setup"></iframe>` }),
  );
  const blocked: string[] = [];
  page.on('console', (message) => blocked.push(message.text()));
  await page.goto('http://framer.test/');
  await page.waitForTimeout(1000);
  const frame = page.frames().find((f) => f.url().startsWith(companion.url));
  const framedTitle = frame ? await frame.title().catch(() => '') : '';
  expect(framedTitle).not.toContain('AigenC');
});
