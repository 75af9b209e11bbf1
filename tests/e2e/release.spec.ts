/**
 * What `pnpm package` made, used as a person would: the Chrome Web Store zip unpacked and loaded
 * as Chromium would install it (no manifest key, so an id of its own), its first-run guide, and
 * pairing with a companion. A companion that does not know the store's id refuses it, naming the
 * id and what to update; told the id, it pairs. Needs release/ (CI runs this after `pnpm package`
 * with AIGENC_RELEASE_REQUIRED=1, so a missing release fails there instead of being skipped).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EXTENSION_ID } from '@aigenc/shared/identity';
import { zipEntries } from '../../scripts/zip-entries.mjs';
import { extensionWorker, launchWithExtension, setExtensionStorage, welcomePage } from '../support/browser.ts';
import { REPO_ROOT, runAigenc, startCompanion } from '../support/companion.ts';
import { artifact, expect, test } from './fixtures.ts';

const VERSION = (await import('../../package.json', { with: { type: 'json' } })).default.version;
const ZIP = join(REPO_ROOT, 'release', `aigenc-lens-${VERSION}-chrome-webstore.zip`);
const REQUIRED = process.env['AIGENC_RELEASE_REQUIRED'] === '1';

/** The zip's files in a fresh folder, as Chrome unpacks an install. */
function unpack(zip: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'aigenc-store-build-'));
  for (const entry of zipEntries(zip)) {
    if (entry.name.endsWith('/')) continue;
    const target = join(folder, entry.name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, entry.read());
  }
  return folder;
}

test.skip(!REQUIRED && !existsSync(ZIP), 'no release/ here: `pnpm package` makes it');

test('the store zip installs, opens its guide, and pairs once the companion knows its id', async () => {
  expect(existsSync(ZIP), `${ZIP} (run pnpm package)`).toBe(true);
  const folder = unpack(ZIP);
  const browser = await launchWithExtension('ko', folder, { keepWelcome: true });
  const stranger = await startCompanion({ command: 'demo' });
  let knowing: Awaited<ReturnType<typeof startCompanion>> | undefined;
  try {
    const worker = await extensionWorker(browser.context);
    const storeId = new URL(worker.url()).host;
    expect(storeId).toMatch(/^[a-p]{32}$/);
    expect(storeId, 'the store build carries no key, so not the pinned id').not.toBe(EXTENSION_ID);

    // A companion that was not told this id: the guide's pairing says which id and what to do.
    await setExtensionStorage(worker, { companionPort: stranger.port });
    const guide = await welcomePage(browser.context);
    await guide.setViewportSize({ width: 1280, height: 800 });
    await guide.reload();
    const step = (id: string) => guide.locator(`li[data-step="${id}"]`);
    await expect(step('start')).toHaveAttribute('data-state', 'done', { timeout: 10_000 });
    const first = JSON.parse(runAigenc(['pair', '--json'], stranger.home).stdout) as { code: string };
    await guide.getByLabel('페어링 코드').fill(first.code);
    await guide.getByRole('button', { name: '페어링' }).click();
    const refusal = guide.getByRole('alert');
    await expect(refusal).toContainText(`ID ${storeId}`);
    await expect(refusal).toContainText('컴패니언을 확장 프로그램과 같은 최신 버전으로 업데이트하세요');
    await expect(step('pair')).toHaveAttribute('data-state', 'current');
    await guide.screenshot({ path: artifact('release-unknown-id-ko.png') });

    // The same companion told the id (as a release with STORE_EXTENSION_ID set is): it pairs.
    knowing = await startCompanion({
      command: 'demo',
      env: { AIGENC_EXTENSION_ORIGINS: `chrome-extension://${storeId}` },
    });
    await setExtensionStorage(worker, { companionPort: knowing.port });
    const second = JSON.parse(runAigenc(['pair', '--json'], knowing.home).stdout) as { code: string };
    await guide.getByLabel('페어링 코드').fill(second.code);
    await guide.getByRole('button', { name: '페어링' }).click();
    await expect(step('pair')).toHaveAttribute('data-state', 'done');
    await expect(step('connect').locator('li[data-provider="naver-searchad"]')).toBeVisible();
    await guide.screenshot({ path: artifact('release-paired-ko.png') });
  } finally {
    await stranger.stop();
    stranger.cleanup();
    if (knowing) {
      await knowing.stop();
      knowing.cleanup();
    }
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
