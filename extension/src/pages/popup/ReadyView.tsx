/**
 * The popup once paired: the page's Coupang card (on a Coupang page), then the views as tabs:
 * keyword numbers, Coupang products for the same keyword, links in bulk, the link history, and
 * what the links earned (the link card's subId picker leads there).
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { canonicalCoupangUrl, pageContext, shoppingCategoryOf, type PageInput } from '@aigenc/shared/domain';
import { CompanionClient } from '../../companion-client.ts';
import { ClientProvider } from '../../ui/client-context.tsx';
import { coupangTitle } from '../../ui/link-text.ts';
import { useCoupangPrefs } from '../../features/coupang/use-coupang-prefs.ts';
import { RunningJob } from '../../features/bulk/RunningJob.tsx';
import { KeywordView } from './KeywordView.tsx';
import { t, uiLanguage } from '../../platform/browser.ts';
import { watchPendingLookups } from '../../platform/page.ts';
import { activePage, activePageRead } from '../../features/keyword-metrics/first-lookup.ts';
import { lazyView } from './lazy.tsx';
import { Tabs } from '../../ui/Tabs.tsx';

// Loaded when first shown: the keyword tab is what the first paint needs.
const BatchLinks = lazyView(() => import('../../features/coupang/BatchLinks.tsx').then((m) => m.BatchLinks));
const CoupangLinkCard = lazyView(() =>
  import('../../features/coupang/CoupangLinkCard.tsx').then((m) => m.CoupangLinkCard),
);
const LinkHistory = lazyView(() => import('../../features/coupang/LinkHistory.tsx').then((m) => m.LinkHistory));
const ProductsView = lazyView(() => import('../../features/coupang/ProductsView.tsx').then((m) => m.ProductsView));
const EarningsView = lazyView(() => import('../../features/earnings/EarningsView.tsx').then((m) => m.EarningsView));

export interface ReadyViewProps {
  port: number;
  token: string;
  onSetup: () => void;
  onPair: () => void;
}

export function ReadyView({ port, token, onSetup, onPair }: ReadyViewProps) {
  const [page, setPage] = useState<PageInput | null>(activePageRead);
  const [keyword, setKeyword] = useState('');
  const [tab, setTab] = useState('keyword');
  const [earningsSubId, setEarningsSubId] = useState('');
  const { prefs, update } = useCoupangPrefs();
  const client = useMemo(() => new CompanionClient({ port, token, language: uiLanguage() }), [port, token]);

  useEffect(() => {
    void activePage().then(setPage);
    // In the side panel, a later context-menu pick replaces what is shown.
    return watchPendingLookups((text) => setPage({ selection: text }));
  }, []);
  const onKeyword = useCallback((k: string) => setKeyword(k), []);
  const showEarnings = useCallback((subId: string | null) => {
    setEarningsSubId(subId ?? '');
    setTab('earnings');
  }, []);

  // The keyword view starts at once; the Coupang views wait for their preferences (a storage read).
  if (!page) return <div class="skeleton" aria-hidden="true" />;
  const waiting = <div class="skeleton" aria-hidden="true" />;
  const context = pageContext(page);
  const initial = context.keyword ?? '';
  // Any Coupang page gets the card: a page that cannot be linked says why there.
  const coupang = page.url ? canonicalCoupangUrl(page.url) : null;
  const coupangPage = coupang && (coupang.ok || coupang.reason !== 'not-coupang') ? page.url! : null;

  return (
    <ClientProvider client={client}>
      {coupangPage && prefs && (
        <CoupangLinkCard
          page={{ url: coupangPage, title: coupangTitle(page.title) }}
          prefs={prefs}
          update={update}
          onShowEarnings={showEarnings}
        />
      )}
      <RunningJob />
      <Tabs
        selected={tab}
        onSelect={setTab}
        tabs={[
          {
            id: 'keyword',
            label: t('tabKeyword'),
            render: () => (
              <KeywordView
                initial={initial}
                lookupInitial={context.kind !== 'title'}
                shoppingCategory={shoppingCategoryOf(page.url)}
                onKeyword={onKeyword}
                onSetup={onSetup}
                onPair={onPair}
              />
            ),
          },
          {
            id: 'products',
            label: t('tabProducts'),
            render: () => (prefs ? <ProductsView keyword={keyword} prefs={prefs} update={update} /> : waiting),
          },
          {
            id: 'batch',
            label: t('tabBatch'),
            render: () => (prefs ? <BatchLinks prefs={prefs} update={update} /> : waiting),
          },
          {
            id: 'history',
            label: t('tabHistory'),
            render: () => (prefs ? <LinkHistory prefs={prefs} /> : waiting),
          },
          {
            id: 'earnings',
            label: t('tabEarnings'),
            render: () => (
              <EarningsView subId={earningsSubId} onSubId={setEarningsSubId} onSetup={onSetup} onPair={onPair} />
            ),
          },
        ]}
      />
    </ClientProvider>
  );
}
