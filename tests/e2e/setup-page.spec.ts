/** The setup page in a real browser, in both languages: pairing codes, and what it refuses. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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
  // The framing page is served from loopback too: Chromium would refuse a public page's frame of
  // a loopback address before it reached the companion, and that would test nothing of ours.
  const framer = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end(`<iframe id="f" src="${companion.url}/setup"></iframe>`);
  });
  await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
  try {
    const page = await context.newPage();
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors|X-Frame-Options/i.test(message.text())) refusals.push(message.text());
    });
    const served = page.waitForResponse(`${companion.url}/setup`);
    await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`);
    // The companion answered, and the browser refused to show its answer in the frame, saying why.
    expect((await served).status()).toBe(200);
    await expect.poll(() => refusals, { timeout: 10_000 }).toHaveLength(1);
    const frame = await (await page.locator('#f').elementHandle())?.contentFrame();
    expect(frame).toBeTruthy();
    expect(frame!.url()).not.toContain(companion.url);
    await expect(frame!.getByText('AigenC')).toHaveCount(0);
  } finally {
    framer.close();
  }
});

test('the setup page follows the system theme, in both languages', async ({ context, companion }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 760 });
  const canvas = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = 'rgb(246, 247, 249)';
  const dark = 'rgb(21, 24, 29)';

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${companion.url}/setup?scope=all`);
  await expect(page.locator('section.connector')).toHaveCount(4);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await canvas()).toBe(dark);
  await page.screenshot({ path: artifact('setup-dark-ko.png'), fullPage: true });

  // A change of the system's theme while the page is open is followed at once.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await canvas()).toBe(light);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${companion.url}/setup?lang=en&scope=all`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AigenC Lens companion setup');
  await expect(page.locator('section.connector')).toHaveCount(4);
  expect(await canvas()).toBe(dark);
  await page.screenshot({ path: artifact('setup-dark-en.png'), fullPage: true });
});
