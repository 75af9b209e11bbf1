/** The options page: where the companion listens, the saturation rule it applies, and Coupang links. */
import { t } from '../platform/browser.ts';
import { CompanionAddress } from '../features/settings/CompanionAddress.tsx';
import { SaturationSettings } from '../features/settings/SaturationSettings.tsx';
import { CoupangSettings } from '../features/settings/CoupangSettings.tsx';

export function Options() {
  return (
    <main class="options popup">
      <h1>{t('optionsTitle')}</h1>
      <CompanionAddress />
      <SaturationSettings />
      <CoupangSettings />
    </main>
  );
}
