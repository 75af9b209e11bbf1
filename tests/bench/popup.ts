/**
 * Popup open → metrics painted, in Chromium with the built extension, warm cache and cold, and
 * the baseline measured the same way in the same browser: a blank page of the same extension
 * (added to a copy of the build, so the product carries no such page), opened until its heading
 * is there.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, extensionWorker, launchWithExtension, setExtensionStorage } from '../support/browser.ts';

const TOKEN = 'bench-token-0123456789abcdefghijklmnopqrstuvwxyz';
const BLANK = 'bench-blank.html';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export interface PopupTimings {
  blank: number;
  warm: number;
  cold: number;
}

export async function popupTimings(port: number): Promise<PopupTimings> {
  const copy = mkdtempSync(join(tmpdir(), 'aigenc-bench-extension-'));
  cpSync(EXTENSION_DIR, copy, { recursive: true });
  writeFileSync(
    join(copy, BLANK),
    '<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>blank</title></head><body><h2>blank</h2></body></html>\n',
  );
  const browser = await launchWithExtension('ko', copy);
  try {
    const worker = await extensionWorker(browser.context);
    const id = new URL(worker.url()).host;
    await setExtensionStorage(worker, { companionPort: port, companionToken: TOKEN });
    const page = await browser.context.newPage();
    const open = async (path: string, ready: string): Promise<number> => {
      const started = performance.now();
      await page.goto(`chrome-extension://${id}/${path}`);
      await page.locator(ready).waitFor({ timeout: 30_000 });
      return performance.now() - started;
    };
    const popup = (keyword: string) => open(`popup.html?q=${encodeURIComponent(keyword)}`, 'section.metrics h2');
    const blankPage = () => open(BLANK, 'h2');
    await popup('캠핑의자');
    await blankPage();
    // Interleaved, so that both see the same moments of a shared machine.
    const warm: number[] = [];
    const blank: number[] = [];
    for (let i = 0; i < 9; i++) {
      blank.push(await blankPage());
      warm.push(await popup('캠핑의자'));
    }
    const cold: number[] = [];
    for (let i = 0; i < 3; i++) cold.push(await popup(`콜드키워드${i}${performance.now().toFixed(0)}`));
    return { blank: median(blank), warm: median(warm), cold: median(cold) };
  } finally {
    await browser.close();
    rmSync(copy, { recursive: true, force: true });
  }
}
