import { render } from 'preact';
import { Popup } from '../../src/popup/Popup.tsx';
import './style.css';

document.documentElement.lang = navigator.language.startsWith('en') ? 'en' : 'ko';
render(<Popup />, document.getElementById('app')!);
