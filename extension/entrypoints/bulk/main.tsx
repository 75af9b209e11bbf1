import { render } from 'preact';
import { t, uiLanguage } from '../../src/platform/browser.ts';
import { applyTheme } from '../../src/platform/theme.ts';
import { BulkPage } from '../../src/pages/bulk/BulkPage.tsx';
import '@aigenc/shared/ui/tokens.css';
import '../popup/style.css';
import '../../src/ui/grade.css';
import '../popup/keyword.css';
import './bulk.css';

document.documentElement.lang = uiLanguage();
document.title = `${t('extName')} · ${t('bulkTitle')}`;
applyTheme();
render(<BulkPage />, document.getElementById('app')!);
