import { render } from 'preact';
import { t, uiLanguage } from '../../src/platform/browser.ts';
import { applyTheme } from '../../src/platform/theme.ts';
import { StorePage } from '../../src/pages/store/StorePage.tsx';
import '@aigenc/shared/ui/tokens.css';
import '../popup/style.css';
import '../../src/ui/grade.css';
import '../popup/keyword.css';
import '../bulk/bulk.css';
import './store.css';

document.documentElement.lang = uiLanguage();
document.title = `${t('extName')} · ${t('storeTitle')}`;
applyTheme();
render(<StorePage />, document.getElementById('app')!);
