/**
 * The in-page panel's switches, one per site family. Switching one on asks Chrome for that
 * family's sites (the prompt is Chrome's); switching it off gives them back. A family switched on
 * whose access the person withdrew in Chrome says so.
 */
import { useEffect, useState } from 'preact/hooks';
import { SITE_FAMILIES, type SiteFamilyId } from '@aigenc/shared/domain';
import { t, type MessageKey } from '../../platform/browser.ts';
import { enabledFamilies, overlayFamiliesItem, switchOffFamily, switchOnFamily } from '../../platform/overlay.ts';

const LABELS: Record<SiteFamilyId, MessageKey> = {
  'naver-search': 'overlayFamily_naver_search',
  'naver-shopping': 'overlayFamily_naver_shopping',
  coupang: 'overlayFamily_coupang',
};

interface Switches {
  on: SiteFamilyId[];
  granted: SiteFamilyId[];
}

export function OverlaySettings() {
  const [switches, setSwitches] = useState<Switches | null>(null);
  const [refused, setRefused] = useState<SiteFamilyId | null>(null);
  useEffect(() => {
    const load = () =>
      void Promise.all([overlayFamiliesItem.getValue(), enabledFamilies()]).then(([on, granted]) =>
        setSwitches({ on, granted }),
      );
    load();
    return overlayFamiliesItem.watch(load);
  }, []);
  if (!switches) return null;
  const change = (id: SiteFamilyId, on: boolean) => {
    setRefused(null);
    // Chrome's prompt needs this click's gesture: the request is the first thing done.
    if (on) void switchOnFamily(id).then((granted) => granted || setRefused(id));
    else void switchOffFamily(id);
  };
  return (
    <section class="panel" aria-labelledby="overlay-heading">
      <h2 id="overlay-heading">{t('overlayHeading')}</h2>
      <p class="muted">{t('overlayIntro')}</p>
      {SITE_FAMILIES.map(({ id }) => (
        <div key={id}>
          <label class="check">
            <input
              type="checkbox"
              name={`overlay-${id}`}
              checked={switches.on.includes(id)}
              onChange={(event) => change(id, event.currentTarget.checked)}
            />
            {t(LABELS[id])}
          </label>
          {switches.on.includes(id) && !switches.granted.includes(id) && <p class="notice">{t('overlayWithdrawn')}</p>}
          {refused === id && (
            <p class="notice" role="alert">
              {t('overlayRefused')}
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
