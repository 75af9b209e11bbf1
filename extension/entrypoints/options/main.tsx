import { render } from 'preact';
import { uiLanguage } from '../../src/platform/browser.ts';
import { applyTheme } from '../../src/platform/theme.ts';
import { Options } from '../../src/pages/options/Options.tsx';
import '@aigenc/shared/ui/tokens.css';
import '../popup/style.css';
import './options.css';

document.documentElement.lang = uiLanguage();
applyTheme();
render(<Options />, document.getElementById('app')!);
