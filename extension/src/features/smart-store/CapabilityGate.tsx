/**
 * A section's switch: while the store is not connected, or the section's capability is off, the
 * section says why and offers the setup page's card (where the switch is) instead of its work.
 */
import type { ComponentChildren } from 'preact';
import type { Connection } from '@aigenc/shared/contract';
import { providerSpec } from '@aigenc/shared/providers';
import { t, uiLanguage } from '../../platform/browser.ts';
import { openSetupPage } from '../../ui/setup-page.ts';

export const STORE_PROVIDER = 'naver-commerce';

export function CapabilityGate({
  connection,
  capability,
  children,
}: {
  connection: Connection | null;
  capability: string;
  children: ComponentChildren;
}) {
  const label = providerSpec(STORE_PROVIDER).capabilities[capability]?.label[uiLanguage()] ?? capability;
  const open = () => void openSetupPage(STORE_PROVIDER);
  if (!connection || connection.status !== 'ACTIVE')
    return (
      <section class="panel store-gate" role="status">
        <p>{t('storeNotConnected')}</p>
        <button type="button" onClick={open}>
          {t('openSetup')}
        </button>
      </section>
    );
  if (!connection.capabilities[capability]?.enabled)
    return (
      <section class="panel store-gate" role="status">
        <p>{t('storeCapabilityOff', label)}</p>
        <p class="muted">{t('storeCapabilityHow')}</p>
        <button type="button" onClick={open}>
          {t('storeOpenSwitch')}
        </button>
      </section>
    );
  return <>{children}</>;
}
