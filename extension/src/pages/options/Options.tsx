/**
 * The options page: where the companion listens, pairing, the saturation rule it applies, the
 * in-page panel's sites, Coupang links and the theme.
 */
import { t } from '../../platform/browser.ts';
import { CompanionAddress } from './CompanionAddress.tsx';
import { SaturationSettings } from './SaturationSettings.tsx';
import { CoupangSettings } from './CoupangSettings.tsx';
import { PairingSettings } from './PairingSettings.tsx';
import { ThemeSettings } from './ThemeSettings.tsx';
import { OverlaySettings } from './OverlaySettings.tsx';

export function Options() {
  return (
    <main class="options popup">
      <h1>{t('optionsTitle')}</h1>
      <CompanionAddress />
      <PairingSettings />
      <SaturationSettings />
      <OverlaySettings />
      <CoupangSettings />
      <ThemeSettings />
    </main>
  );
}
