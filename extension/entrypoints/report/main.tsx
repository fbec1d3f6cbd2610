import { render } from 'preact';
import { App } from './App.tsx';
import { lang } from '../../utils/i18n.ts';
import { getCore } from '../../utils/core-client.ts';
import '../../components/theme.css';
import './report.css';

document.documentElement.lang = lang();
// Start the parse worker (and its pdf.js) while the report is being fetched.
if (new URLSearchParams(location.search).has('src')) void getCore().version();
render(<App />, document.getElementById('app')!);
