import { render } from 'preact';
import { App } from './App.tsx';
import { lang } from '../../utils/i18n.ts';
import '../../components/theme.css';
import './popup.css';

document.documentElement.lang = lang();
render(<App />, document.getElementById('app')!);
