/**
 * The popup's first moments, begun before anything renders: the page in front of the person is
 * read once and, when its keyword is one the popup looks up at once, that lookup starts side by
 * side with the companion's health check instead of after it. Nothing more is asked than the
 * popup asks anyway; an unpaired popup's early lookup is refused by the companion (no vendor call).
 *
 *   startFirstLookup();                           // entrypoint, before render
 *   const page = await activePage();              // the page, read once
 *   const early = await takeFirstLookup(keyword, port, token);   // the lookup begun, or null
 */
import { pageContext, type PageInput } from '@aigenc/shared/domain';
import type { KeywordMetricsResponse, SettingsResponse } from '@aigenc/shared/contract';
import { CompanionClient } from '../../companion-client.ts';
import { uiLanguage } from '../../platform/browser.ts';
import { readActivePage } from '../../platform/page.ts';
import { companionPortItem, companionTokenItem } from '../../platform/storage.ts';

export interface FirstAnswer {
  metrics: Promise<KeywordMetricsResponse>;
  settings: Promise<SettingsResponse | null>;
}

interface Begun {
  keyword: string;
  port: number;
  token: string;
  answer: FirstAnswer;
}

let page: Promise<PageInput> | null = null;
let pageRead: PageInput | null = null;
let begun: Promise<Begun | null> | null = null;
let taken = false;

/** The active page, read once per popup (the context menu's pick is taken by the first read). */
export function activePage(): Promise<PageInput> {
  return (page ??= readActivePage()
    .catch((): PageInput => ({}))
    .then((input) => (pageRead = input)));
}

/** The active page if it has been read already (so a view can start with it, not with a skeleton). */
export function activePageRead(): PageInput | null {
  return pageRead;
}

/**
 * The port and token of the early lookup once the companion has answered it: proof enough that
 * the companion runs and this popup is paired, so the keyword view can show before the status
 * check ends. Null when there was no early lookup or it was refused.
 */
export async function earlyReady(): Promise<{ port: number; token: string } | null> {
  const mine = await begun;
  if (!mine) return null;
  return mine.answer.metrics.then(
    () => ({ port: mine.port, token: mine.token }),
    () => null,
  );
}

export function startFirstLookup(): void {
  begun = (async () => {
    const [input, port, token] = await Promise.all([
      activePage(),
      companionPortItem.getValue(),
      companionTokenItem.getValue(),
    ]);
    const context = pageContext(input);
    if (!token || !context.keyword || context.kind === 'title') return null;
    const client = new CompanionClient({ port, token, language: uiLanguage() });
    const answer: FirstAnswer = {
      metrics: client.keywordMetrics([context.keyword]),
      settings: client.settings().catch(() => null),
    };
    // A refusal is read by whoever takes the answer; unread, it must not be reported as unhandled.
    answer.metrics.catch(() => undefined);
    return { keyword: context.keyword, port, token, answer };
  })().catch(() => null);
}

/**
 * The early lookup for this keyword with these credentials, once: a later lookup (the person
 * typed another keyword, or paired again) asks the companion itself.
 */
export async function takeFirstLookup(keyword: string, client: CompanionClient): Promise<FirstAnswer | null> {
  if (!begun || taken) return null;
  const mine = await begun;
  taken = true;
  if (!mine || mine.keyword !== keyword || !client.isFor(mine.port, mine.token)) return null;
  return mine.answer;
}
