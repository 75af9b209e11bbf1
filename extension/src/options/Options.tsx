/**
 * The options page: where the companion listens, pairing, the saturation rule it applies, Coupang
 * links and the theme.
 */
import { t } from '../platform/browser.ts';
import { CompanionAddress } from '../features/settings/CompanionAddress.tsx';
import { SaturationSettings } from '../features/settings/SaturationSettings.tsx';
import { CoupangSettings } from '../features/settings/CoupangSettings.tsx';
import { PairingSettings } from '../features/settings/PairingSettings.tsx';
import { ThemeSettings } from '../features/settings/ThemeSettings.tsx';

export function Options() {
  return (
    <main class="options popup">
      <h1>{t('optionsTitle')}</h1>
      <CompanionAddress />
      <PairingSettings />
      <SaturationSettings />
      <CoupangSettings />
      <ThemeSettings />
    </main>
  );
}
