/**
 * On a Coupang page: one click makes the page's Partners link and copies it in the chosen format
 * (or it happens as the popup opens, when auto-copy is on).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { canonicalCoupangUrl } from '@aigenc/shared/domain';
import { t } from '../../platform/browser.ts';
import { copyText } from '../../platform/clipboard.ts';
import type { CoupangPrefs } from '../../platform/storage.ts';
import { CopyButton } from './CopyButton.tsx';
import { LinkOptions } from './LinkOptions.tsx';
import { PlainLink } from './PlainLink.tsx';
import { textFor } from '../../ui/link-text.ts';
import { makeLink, refusalView, type LinkOutcome } from './make-link.ts';
import { useClient } from '../../ui/client-context.tsx';

export interface CoupangLinkCardProps {
  page: { url: string; title: string };
  prefs: CoupangPrefs;
  update: (patch: Partial<CoupangPrefs>) => Promise<void>;
  /** Opens the earnings tab for a subId (null: all). */
  onShowEarnings?: (subId: string | null) => void;
}

type CardState = { kind: 'idle' } | { kind: 'making' } | { kind: 'done'; outcome: LinkOutcome; copied: boolean };

export function CoupangLinkCard({ page, prefs, update, onShowEarnings }: CoupangLinkCardProps) {
  const client = useClient();
  const [state, setState] = useState<CardState>({ kind: 'idle' });
  const refused = useMemo(() => {
    const canonical = canonicalCoupangUrl(page.url);
    return canonical.ok ? null : canonical.reason;
  }, [page.url]);
  const auto = useRef(prefs.autoCopy && refused === null);

  const make = useCallback(async () => {
    setState({ kind: 'making' });
    const outcome = await makeLink(client, prefs, update, page);
    const copied = outcome.ok
      ? await copyText(outcome.text).then(
          () => true,
          () => false,
        )
      : false;
    setState({ kind: 'done', outcome, copied });
  }, [client, prefs, update, page]);

  useEffect(() => {
    if (!auto.current) return;
    auto.current = false;
    void make();
  }, [make]);

  const outcome = state.kind === 'done' ? state.outcome : null;
  return (
    <section class="panel coupang-card" aria-labelledby="coupang-card-heading">
      <h2 id="coupang-card-heading">{t('coupangCardHeading')}</h2>
      {page.title && <p class="muted page-title">{page.title}</p>}
      {refused && (
        <PlainLink
          problem={refusalView(refused)}
          // A short link is someone's affiliate link already, and a cart or order page is the
          // person's own: neither is offered as a plain address.
          plainUrl={refused === 'short-link' || refused === 'account-page' ? null : page.url}
        />
      )}
      {!refused && (
        <LinkOptions prefs={prefs} update={update} idPrefix="card" {...(onShowEarnings ? { onShowEarnings } : {})} />
      )}
      <div class="row" hidden={refused !== null}>
        <button type="button" class="primary" disabled={state.kind === 'making'} onClick={() => void make()}>
          {state.kind === 'making' ? t('linkMaking') : t('linkMakeAndCopy')}
        </button>
        {state.kind === 'done' && state.copied && (
          <span class="copied-badge" role="status">
            {t('copied')}
          </span>
        )}
      </div>
      {outcome?.ok && (
        <div class="made-link">
          <code class="short-link">{outcome.link.shortenUrl}</code>
          {outcome.link.cached && <span class="muted"> · {t('linkFromCache')}</span>}
          <CopyButton
            class="link"
            label={t('copyAgain')}
            text={() => textFor(prefs, outcome.link.shortenUrl, page.title)}
          />
        </div>
      )}
      {outcome && !outcome.ok && <PlainLink problem={outcome.problem} plainUrl={outcome.plainUrl} />}
    </section>
  );
}
