import { render } from 'preact';
import { App } from './App.tsx';
import { lang } from '../../utils/i18n.ts';
import { warmDisplay } from './pdf.ts';
import '../../components/theme.css';
import './report.css';

document.documentElement.lang = lang();
// Start pdf.js's drawing worker while the report is being fetched (the parse worker starts only on a cache miss).
if (new URLSearchParams(location.search).has('src')) warmDisplay();
render(<App />, document.getElementById('app')!);
