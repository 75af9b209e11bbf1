/**
 * The 스마트스토어 page (a full tab, opened from the popup or the side panel): the seller's day in
 * four tabs, 발주 확인, 발송 처리, 문의 답변 and 재고, each behind its switch in the setup page. The
 * companion's state is asked again every little while, so a switch turned on in the setup page
 * shows here without a reload.
 */
import { useMemo } from 'preact/hooks';
import { CompanionClient } from '../../companion-client.ts';
import { t, uiLanguage } from '../../platform/browser.ts';
import { OfflineHelp } from '../../features/status/OfflineHelp.tsx';
import { StatusHeader } from '../../features/status/StatusHeader.tsx';
import { PairForm } from '../../features/pairing/PairForm.tsx';
import { useCompanion } from '../../features/status/use-companion.ts';
import { ClientProvider } from '../../ui/client-context.tsx';
import { CapabilityGate, STORE_PROVIDER } from '../../features/smart-store/CapabilityGate.tsx';
import { ConfirmSection } from '../../features/smart-store/ConfirmSection.tsx';
import { DispatchSection } from '../../features/smart-store/DispatchSection.tsx';
import { AnswersSection } from '../../features/smart-store/AnswersSection.tsx';
import { StockSection } from '../../features/smart-store/StockSection.tsx';
import { Tabs } from '../../ui/Tabs.tsx';
import type { Connection } from '@aigenc/shared/contract';

const STATE_POLL_MS = 10_000;

function Workspace({ port, token, connection }: { port: number; token: string; connection: Connection | null }) {
  const client = useMemo(() => new CompanionClient({ port, token, language: uiLanguage() }), [port, token]);
  const gated = (capability: string, render: () => preact.ComponentChildren) => () => (
    <CapabilityGate connection={connection} capability={capability}>
      {render()}
    </CapabilityGate>
  );
  return (
    <ClientProvider client={client}>
      <Tabs
        tabs={[
          {
            id: 'confirm',
            label: t('storeTabConfirm'),
            render: gated('orderConfirmation', () => <ConfirmSection />),
          },
          {
            id: 'dispatch',
            label: t('storeTabDispatch'),
            render: gated('shippingInvoice', () => <DispatchSection />),
          },
          { id: 'answers', label: t('storeTabAnswers'), render: gated('csAnswers', () => <AnswersSection />) },
          { id: 'stock', label: t('storeTabStock'), render: gated('stockSync', () => <StockSection />) },
        ]}
        initial={new URLSearchParams(location.search).get('tab') ?? 'confirm'}
      />
    </ClientProvider>
  );
}

export function StorePage() {
  const { state, refresh, pair } = useCompanion({ pollMs: STATE_POLL_MS });
  return (
    <main class="bulk store popup panel-mode">
      <StatusHeader state={state} />
      <h1 class="bulk-title">{t('storeTitle')}</h1>
      <p class="muted">{t('storeIntro')}</p>
      {state.kind === 'checking' && <div class="skeleton" aria-hidden="true" />}
      {state.kind === 'offline' && <OfflineHelp baseUrl={state.baseUrl} onRetry={() => void refresh()} />}
      {state.kind === 'unpaired' && <PairForm revoked={state.revoked} onPair={pair} />}
      {state.kind === 'broken' && (
        <p class="error" role="alert">
          {t(state.messageKey)}
        </p>
      )}
      {state.kind === 'ready' && (
        <Workspace
          port={state.port}
          token={state.token}
          connection={state.connections.find((c) => c.provider === STORE_PROVIDER) ?? null}
        />
      )}
    </main>
  );
}
