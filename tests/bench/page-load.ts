/**
 * What the in-page panel costs a page's load: a routed Naver search page loaded in two browsers
 * with the same extension (its site hosts granted), one with the Naver search family switched on
 * (the content script registered) and one without, loads interleaved, each page's own navigation
 * timing (load event end) kept, the medians compared.
 */
import { extensionWorker, launchWithExtension, setExtensionStorage } from '../support/browser.ts';
import { grantedExtension, registeredScripts, routeSites } from '../support/overlay.ts';

const TOKEN = 'bench-token-0123456789abcdefghijklmnopqrstuvwxyz';
const LOADS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export interface PageLoadCost {
  without: number;
  with: number;
}

export async function pageLoadCost(port: number): Promise<PageLoadCost> {
  const extension = grantedExtension();
  const browsers = await Promise.all(
    [[], ['naver-search']].map(async (families) => {
      const browser = await launchWithExtension('ko', extension.dir);
      const worker = await extensionWorker(browser.context);
      await routeSites(browser.context);
      await setExtensionStorage(worker, { companionPort: port, companionToken: TOKEN, overlayFamilies: families });
      for (let i = 0; i < 50 && (await registeredScripts(worker)).length !== families.length; i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      const page = await browser.context.newPage();
      return { browser, page };
    }),
  );
  try {
    const times: [number[], number[]] = [[], []];
    const load = async (which: 0 | 1, i: number): Promise<number> => {
      const { page } = browsers[which]!;
      await page.goto(`https://search.naver.com/search.naver?query=${encodeURIComponent(`캠핑의자${i % 3}`)}`, {
        waitUntil: 'load',
      });
      return page.evaluate(() => {
        const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        return entry ? entry.loadEventEnd - entry.startTime : Number.NaN;
      });
    };
    await load(0, 0);
    await load(1, 0);
    for (let i = 0; i < LOADS; i++) {
      times[0].push(await load(0, i));
      times[1].push(await load(1, i));
    }
    return { without: median(times[0]), with: median(times[1]) };
  } finally {
    await Promise.all(browsers.map(({ browser }) => browser.close()));
    extension.remove();
  }
}
