import { render } from 'preact';
import { t, uiLanguage } from '../../src/platform/browser.ts';
import { applyTheme } from '../../src/platform/theme.ts';
import { WelcomePage } from '../../src/pages/welcome/WelcomePage.tsx';
import '@aigenc/shared/ui/tokens.css';
import '../popup/style.css';
import './welcome.css';

document.documentElement.lang = uiLanguage();
document.title = `${t('extName')} · ${t('welcomeTitle')}`;
applyTheme();
render(<WelcomePage />, document.getElementById('app')!);
