import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import tokens from '@aigenc/shared/ui/tokens.css?inline';
import chart from '../../src/ui/chart/chart.css?inline';
import grade from '../../src/ui/grade.css?inline';
import { startOverlayContent } from '../../src/features/overlay/content.tsx';
import overlay from './overlay.css?inline';

// The in-page panel and link button, registered at run time for the site families switched on
// (never listed in the manifest). The design tokens apply to the shadow host instead of the page's root.
// It starts once the page has loaded, so that a page with the panel loads as fast as one without.
export default defineUnlistedScript(() => {
  const start = () => {
    const scoped = tokens.replace(/:root(\[[^\]]*\])?/g, (_all, attribute?: string) =>
      attribute ? `:host(${attribute})` : ':host',
    );
    startOverlayContent(scoped + chart + grade + overlay);
  };
  if (document.readyState === 'complete') setTimeout(start, 0);
  else addEventListener('load', () => setTimeout(start, 0), { once: true });
});
