/**
 * "쿠팡 상품": the top products for the query the page is about, each with a copy button for its
 * affiliate link, and the search landing link. Searches are few per hour (the vendor blocks on
 * excess), so the budget left is always shown and answers are cached by the companion.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ProductsResponse } from '@aigenc/shared/contract';
import { coupangSearchUrl } from '@aigenc/shared/domain';
import { t } from '../../platform/browser.ts';
import type { CoupangPrefs } from '../../platform/storage.ts';
import { count, time } from '../../ui/format.ts';
import { errorView, type ProblemView } from '../../ui/problem-view.ts';
import { CopyButton } from './CopyButton.tsx';
import { LinkOptions } from './LinkOptions.tsx';
import { PlainLink } from './PlainLink.tsx';
import { textFor } from '../../ui/link-text.ts';
import { wallClock } from '../../platform/clock.ts';
import { useClient } from '../../ui/client-context.tsx';

export const PRODUCTS_SHOWN = 10;

export interface ProductsViewProps {
  keyword: string;
  prefs: CoupangPrefs;
  update: (patch: Partial<CoupangPrefs>) => Promise<void>;
}

type State =
  | { kind: 'idle' }
  | { kind: 'loading'; keyword: string }
  | { kind: 'loaded'; answer: ProductsResponse }
  | { kind: 'failed'; keyword: string; problem: ProblemView };

export function ProductsView({ keyword, prefs, update }: ProductsViewProps) {
  const client = useClient();
  const [draft, setDraft] = useState(keyword);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const ticket = useRef(0);

  const search = useCallback(
    async (query: string) => {
      const q = query.trim();
      if (!q) return;
      const mine = ++ticket.current;
      setState({ kind: 'loading', keyword: q });
      try {
        const answer = await client.products(q, PRODUCTS_SHOWN, prefs.subId);
        if (mine === ticket.current) setState({ kind: 'loaded', answer });
      } catch (error) {
        if (mine === ticket.current) setState({ kind: 'failed', keyword: q, problem: errorView(error, wallClock()) });
      }
    },
    [client, prefs.subId],
  );

  // A search spends the hourly budget: it runs when the keyword changes, not when a preference does.
  const searchRef = useRef(search);
  searchRef.current = search;
  useEffect(() => {
    setDraft(keyword);
    if (keyword) void searchRef.current(keyword);
  }, [keyword]);

  return (
    <section class="panel products" aria-labelledby="products-heading">
      <h2 id="products-heading">{t('productsHeading')}</h2>
      <form
        class="keyword-search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void search(draft);
        }}
      >
        <input
          type="search"
          aria-label={t('productsQuery')}
          value={draft}
          maxLength={100}
          placeholder={t('keywordPlaceholder')}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" disabled={state.kind === 'loading'}>
          {t('productsSearch')}
        </button>
      </form>
      <LinkOptions prefs={prefs} update={update} idPrefix="products" />
      {state.kind === 'loading' && <div class="skeleton-table" aria-busy="true" aria-label={t('loading')} />}
      {state.kind === 'failed' && <PlainLink problem={state.problem} plainUrl={coupangSearchUrl(state.keyword)} />}
      {state.kind === 'loaded' && <ProductList answer={state.answer} prefs={prefs} />}
    </section>
  );
}

function ProductList({ answer, prefs }: { answer: ProductsResponse; prefs: CoupangPrefs }) {
  const resets = new Date(answer.budget.resetsAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return (
    <>
      <p class="muted budget">
        {t('productsBudget', [String(answer.budget.remaining), resets])}
        {answer.cached && ` · ${t('asOf', time(answer.fetchedAt))}`}
      </p>
      {answer.stale && <p class="notice">{t('staleNotice')}</p>}
      <div class="row">
        <CopyButton
          class="link"
          label={t('copySearchLink')}
          text={() => textFor(prefs, answer.landingUrl, t('searchLinkTitle', answer.keyword))}
        />
      </div>
      {answer.items.length === 0 ? (
        <p class="muted">{t('productsEmpty')}</p>
      ) : (
        <ol class="product-list">
          {answer.items.map((p) => (
            <li key={p.productId}>
              <img src={p.productImage} alt="" width={56} height={56} loading="lazy" referrerpolicy="no-referrer" />
              <div class="product-text">
                <span class="product-name">{p.productName}</span>
                <span class="product-price">
                  {t('priceWon', count(p.productPrice))}
                  {p.isRocket && <span class="rocket">{t('rocketBadge')}</span>}
                </span>
              </div>
              <CopyButton
                class="small"
                label={t('copyLink')}
                text={() => textFor(prefs, p.productUrl, p.productName)}
              />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
