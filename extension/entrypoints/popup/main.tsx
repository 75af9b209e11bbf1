import { render } from 'preact';
import { uiLanguage } from '../../src/platform/browser.ts';
import { Popup } from '../../src/popup/Popup.tsx';
import './style.css';

document.documentElement.lang = uiLanguage();
render(<Popup />, document.getElementById('app')!);
