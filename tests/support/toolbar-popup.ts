/**
 * The popup as a person opens it: the toolbar button pressed on a real tab (Chromium's
 * `Extensions.triggerAction` on that tab's target), so the popup reads the active tab itself,
 * through activeTab, as it does for a user. Playwright does not list an action popup among its
 * pages, so the popup is reached through the browser's own protocol session: `text`, `evaluate`,
 * `waitFor` and `screenshot` are what the tests need of it.
 *
 *   const popup = await openToolbarPopup(context, tab, extensionId);
 *   await popup.waitFor(`document.querySelector('section.metrics') !== null`);
 */
import { writeFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface ToolbarPopup {
  /** Runs `expression` in the popup and returns its value (JSON-serialisable). */
  evaluate<T>(expression: string): Promise<T>;
  /** Waits until `expression` is truthy in the popup; throws with the popup's text when it never is. */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  text(): Promise<string>;
  /** The address of every script the popup has run so far (its entry, preloaded and lazy chunks). */
  scripts(): Promise<string[]>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

async function targets(session: CDPSession): Promise<TargetInfo[]> {
  // Playwright's types name only the protocol methods it knows by heart; these are Chromium's own.
  const send = session.send.bind(session) as (method: string, params?: object) => Promise<unknown>;
  // An empty filter entry matches every kind: the default leaves tab targets out.
  return ((await send('Target.getTargets', { filter: [{}] })) as { targetInfos: TargetInfo[] }).targetInfos;
}

export async function openToolbarPopup(context: BrowserContext, tab: Page, extensionId: string): Promise<ToolbarPopup> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser to open the toolbar popup in');
  const session = await browser.newBrowserCDPSession();
  const send = session.send.bind(session) as (method: string, params?: object) => Promise<unknown>;
  await tab.bringToFront();
  const tabTarget = (await targets(session)).find((t) => t.type === 'tab' && t.url === tab.url());
  if (!tabTarget) throw new Error(`no tab target for ${tab.url()}`);
  await send('Extensions.triggerAction', { id: extensionId, targetId: tabTarget.targetId });
  let popup: TargetInfo | undefined;
  for (let waited = 0; !popup && waited < 10_000; waited += 50) {
    popup = (await targets(session)).find((t) => t.type === 'page' && t.url.endsWith(`${extensionId}/popup.html`));
    if (!popup) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!popup) throw new Error('the toolbar button opened no popup');
  const { sessionId } = (await send('Target.attachToTarget', { targetId: popup.targetId, flatten: false })) as {
    sessionId: string;
  };
  // Messages to the popup travel inside the browser session (no flat sessions in Playwright's API).
  let next = 0;
  const pending = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  const parsed: string[] = [];
  session.on('Target.receivedMessageFromTarget' as never, (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as {
      id?: number;
      method?: string;
      params?: { url?: string };
      result?: unknown;
      error?: { message: string };
    };
    if (message.method === 'Debugger.scriptParsed' && message.params?.url) parsed.push(message.params.url);
    if (message.id !== undefined) pending.get(message.id)?.(message);
  });
  const command = async <T>(method: string, params: object): Promise<T> => {
    const id = ++next;
    const answer = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) =>
      pending.set(id, resolve),
    );
    await send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const message = await answer;
    pending.delete(id);
    if (message.error) throw new Error(`${method}: ${message.error.message}`);
    return message.result as T;
  };
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await command<{
      result: { value?: T };
      exceptionDetails?: { text: string };
    }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (exceptionDetails) throw new Error(`in the popup: ${exceptionDetails.text}`);
    return result.value as T;
  };
  const text = () => evaluate<string>('document.body.innerText');
  return {
    evaluate,
    text,
    async waitFor(expression, timeoutMs = 15_000) {
      for (let waited = 0; waited < timeoutMs; waited += 100) {
        if (await evaluate<boolean>(`Boolean(${expression})`)) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`the popup never showed ${expression}; it shows:\n${(await text()).slice(0, 800)}`);
    },
    async scripts() {
      // Enabling the debugger reports every script already parsed before it answers.
      parsed.length = 0;
      await command('Debugger.enable', {});
      await command('Debugger.disable', {});
      return [...new Set(parsed)];
    },
    async screenshot(path) {
      const { data } = await command<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      writeFileSync(path, Buffer.from(data, 'base64'));
    },
    async close() {
      await send('Target.closeTarget', { targetId: popup.targetId }).catch(() => undefined);
      await session.detach().catch(() => undefined);
    },
  };
}
