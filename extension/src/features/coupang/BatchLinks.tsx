/**
 * Many Coupang URLs at once: one per line; addresses that are not Coupang pages are listed with
 * the reason and never sent; the rest go 20 to a request, one request after another.
 */
import { useState } from 'preact/hooks';
import { MAX_DEEPLINK_URLS, type Deeplink } from '@aigenc/shared/contract';
import { canonicalCoupangUrl } from '@aigenc/shared/domain';
import { t } from '../../platform/browser.ts';
import type { CoupangPrefs } from '../../platform/storage.ts';
import { errorView, type ProblemView } from '../../ui/problem-view.ts';
import { CopyButton } from './CopyButton.tsx';
import { LinkOptions } from './LinkOptions.tsx';
import { PlainLink } from './PlainLink.tsx';
import { refusalView } from './make-link.ts';
import { wallClock } from '../../platform/clock.ts';
import { useClient } from '../../ui/client-context.tsx';

/** A pasted text as lines to link and lines refused, in order, blank lines dropped. */
export function splitBatch(text: string): { urls: string[]; refused: { line: string; problem: ProblemView }[] } {
  const urls: string[] = [];
  const refused: { line: string; problem: ProblemView }[] = [];
  for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
    if (!line) continue;
    const page = canonicalCoupangUrl(line);
    if (page.ok) urls.push(line);
    else refused.push({ line, problem: refusalView(page.reason) });
  }
  return { urls, refused };
}

export interface BatchLinksProps {
  prefs: CoupangPrefs;
  update: (patch: Partial<CoupangPrefs>) => Promise<void>;
}

interface Result {
  links: Deeplink[];
  refused: { line: string; problem: ProblemView }[];
  failed: { problem: ProblemView; remaining: string[] } | null;
}

export function BatchLinks({ prefs, update }: BatchLinksProps) {
  const client = useClient();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<Result | null>(null);

  async function run(): Promise<void> {
    const { urls, refused } = splitBatch(text);
    const links: Deeplink[] = [];
    setResult(null);
    setBusy({ done: 0, total: urls.length });
    let failed: Result['failed'] = null;
    for (let i = 0; i < urls.length; i += MAX_DEEPLINK_URLS) {
      try {
        const { items } = await client.deeplinks(urls.slice(i, i + MAX_DEEPLINK_URLS), { subId: prefs.subId });
        links.push(...items);
        setBusy({ done: links.length, total: urls.length });
      } catch (error) {
        failed = { problem: errorView(error, wallClock()), remaining: urls.slice(i) };
        break;
      }
    }
    setBusy(null);
    setResult({ links, refused, failed });
  }

  return (
    <section class="panel batch" aria-labelledby="batch-heading">
      <h2 id="batch-heading">{t('batchHeading')}</h2>
      <label class="stacked">
        <span>{t('batchHelp', String(MAX_DEEPLINK_URLS))}</span>
        <textarea
          rows={6}
          value={text}
          spellcheck={false}
          placeholder="https://www.coupang.com/vp/products/…"
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <LinkOptions prefs={prefs} update={update} idPrefix="batch" />
      <div class="row">
        <button type="button" class="primary" disabled={busy !== null || !text.trim()} onClick={() => void run()}>
          {busy ? t('batchProgress', [String(busy.done), String(busy.total)]) : t('batchRun')}
        </button>
        {result && result.links.length > 0 && (
          <CopyButton
            class="link"
            label={t('copyAllLinks', String(result.links.length))}
            text={() => result.links.map((l) => l.shortenUrl).join('\n') + '\n'}
          />
        )}
      </div>
      {result && (
        <>
          {result.links.length > 0 && (
            <ol class="batch-results">
              {result.links.map((link, i) => (
                <li key={`${i}-${link.originalUrl}`}>
                  <code class="short-link">{link.shortenUrl}</code>
                  <span class="muted original">{link.originalUrl}</span>
                </li>
              ))}
            </ol>
          )}
          {result.refused.length > 0 && (
            <div class="problem note" role="alert">
              <p>{t('batchRefused', String(result.refused.length))}</p>
              <ul class="refused">
                {result.refused.map((r, i) => (
                  <li key={i}>
                    <code>{r.line.slice(0, 200)}</code> — {r.problem.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {result.failed && (
            <>
              <PlainLink problem={result.failed.problem} plainUrl={null} />
              <p class="muted">{t('batchNotMade', String(result.failed.remaining.length))}</p>
            </>
          )}
        </>
      )}
    </section>
  );
}
