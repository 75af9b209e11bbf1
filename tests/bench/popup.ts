/** Popup open → metrics rendered, in Chromium with the built extension: warm cache and cold. */
import { extensionWorker, launchWithExtension, setExtensionStorage } from '../support/browser.ts';

const TOKEN = 'bench-token-0123456789abcdefghijklmnopqrstuvwxyz';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function popupTimings(port: number, _home: string): Promise<{ warm: number; cold: number }> {
  const browser = await launchWithExtension();
  try {
    const worker = await extensionWorker(browser.context);
    const id = new URL(worker.url()).host;
    await setExtensionStorage(worker, { companionPort: port, companionToken: TOKEN });
    const page = await browser.context.newPage();
    const open = async (keyword: string): Promise<number> => {
      const started = performance.now();
      await page.goto(`chrome-extension://${id}/popup.html?q=${encodeURIComponent(keyword)}`);
      await page.locator('section.metrics h2').waitFor({ timeout: 30_000 });
      return performance.now() - started;
    };
    await open('캠핑의자');
    const warm: number[] = [];
    for (let i = 0; i < 7; i++) warm.push(await open('캠핑의자'));
    const cold: number[] = [];
    for (let i = 0; i < 3; i++) cold.push(await open(`콜드키워드${Date.now()}${i}`));
    return { warm: median(warm), cold: median(cold) };
  } finally {
    await browser.close();
  }
}
