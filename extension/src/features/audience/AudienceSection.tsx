/**
 * Who is shopping for the keyword, closed until asked: opening it spends Shopping Insight calls
 * (three a look), so it opens on a click and then stays open, remembered. Its content is a view of
 * its own, loaded when first opened (`render`), so the popup's first paint does not carry it.
 */
import type { VNode } from 'preact';
import { t } from '../../platform/browser.ts';
import type { AudiencePrefs } from '../../platform/storage.ts';
import { useAudiencePrefs, type UpdateAudiencePrefs } from './use-audience-prefs.ts';

export interface AudienceSectionProps {
  render: (prefs: AudiencePrefs, update: UpdateAudiencePrefs) => VNode;
}

export function AudienceSection({ render }: AudienceSectionProps) {
  const { prefs, update } = useAudiencePrefs();
  if (!prefs) return null;
  return (
    <section class="panel audience" aria-labelledby="audience-heading">
      <div class="panel-head">
        <h2 id="audience-heading">{t('audienceHeading')}</h2>
        {prefs.open && (
          <button type="button" class="link" aria-expanded="true" onClick={() => void update({ open: false })}>
            {t('audienceHide')}
          </button>
        )}
      </div>
      {prefs.open ? (
        render(prefs, update)
      ) : (
        <button type="button" class="open-audience" aria-expanded="false" onClick={() => void update({ open: true })}>
          {t('audienceShow')}
        </button>
      )}
    </section>
  );
}
