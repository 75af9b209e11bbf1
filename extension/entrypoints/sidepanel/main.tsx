import { render } from 'preact';
import { uiLanguage } from '../../src/platform/browser.ts';
import { applyTheme } from '../../src/platform/theme.ts';
import { Popup } from '../../src/pages/popup/Popup.tsx';
import { startFirstLookup } from '../../src/features/keyword-metrics/first-lookup.ts';
import '@aigenc/shared/ui/tokens.css';
import '../popup/style.css';
import '../../src/ui/grade.css';
import '../popup/keyword.css';
import '../../src/ui/chart/chart.css';
import '../popup/trend.css';
import '../popup/audience.css';
import '../popup/coupang.css';
import '../popup/earnings.css';

// The side panel shows the popup's views for long research sessions; it follows context-menu lookups.
document.documentElement.lang = uiLanguage();
applyTheme();
startFirstLookup();
render(<Popup panel />, document.getElementById('app')!);
