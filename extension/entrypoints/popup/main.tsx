import { render } from 'preact';
import { uiLanguage } from '../../src/platform/browser.ts';
import { applyTheme } from '../../src/platform/theme.ts';
import { Popup } from '../../src/pages/popup/Popup.tsx';
import { startFirstLookup } from '../../src/features/keyword-metrics/first-lookup.ts';
import '@aigenc/shared/ui/tokens.css';
import './style.css';
import '../../src/ui/grade.css';
import './keyword.css';
import '../../src/ui/chart/chart.css';
import './trend.css';
import './audience.css';
import './coupang.css';
import './earnings.css';

document.documentElement.lang = uiLanguage();
applyTheme();
startFirstLookup();
render(<Popup />, document.getElementById('app')!);
