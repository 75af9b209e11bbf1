/** The options page: where the companion listens, and the saturation rule it applies. */
import { t } from '../platform/browser.ts';
import { CompanionAddress } from '../features/settings/CompanionAddress.tsx';
import { SaturationSettings } from '../features/settings/SaturationSettings.tsx';

export function Options() {
  return (
    <main class="options popup">
      <h1>{t('optionsTitle')}</h1>
      <CompanionAddress />
      <SaturationSettings />
    </main>
  );
}
