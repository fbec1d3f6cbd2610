import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Extraction } from '../../../core/model.ts';
import { KeyNumbersView } from '../../components/KeyNumbersView.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { Glossary } from '../../components/Glossary.tsx';
import { ReportActions } from './ReportActions.tsx';
import { currentTabReports } from './current-tab.ts';
import { loadReport, ReportError } from '../../utils/load-report.ts';
import { NeedsPermissionError, requestSite } from '../../utils/fetch-report.ts';
import type { ReportLink } from '../../utils/report-links.ts';
import { clearCache } from '../../utils/cache.ts';
import { lang as uiLang } from '../../utils/i18n.ts';
import { t } from '../../utils/i18n.ts';

type State =
  | { kind: 'idle' }
  | { kind: 'loading'; done: number; total: number }
  | { kind: 'ready'; extraction: Extraction; origin: 'cache' | 'parsed' | 'page'; sha256: string }
  | { kind: 'error'; code: string; message: string };

export function App() {
  const lang = uiLang();
  const [reports, setReports] = useState<ReportLink[] | null>(null);
  const [page, setPage] = useState<{ url: string; title: string; extraction: Extraction } | undefined>();
  const [chosen, setChosen] = useState<string | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [note, setNote] = useState('');

  useEffect(() => {
    void currentTabReports().then((r) => {
      setReports(r.reports);
      setPage(r.page);
      if (r.page) {
        setChosen(r.page.url);
        setState({ kind: 'ready', extraction: r.page.extraction, origin: 'page', sha256: r.page.extraction.source.sha256 });
      } else if (r.reports.length === 1) void choose(r.reports[0]!.url);
    });
  }, []);

  async function choose(url: string) {
    setChosen(url);
    if (page && url === page.url) {
      setState({ kind: 'ready', extraction: page.extraction, origin: 'page', sha256: page.extraction.source.sha256 });
      return;
    }
    setState({ kind: 'loading', done: 0, total: 0 });
    try {
      const loaded = await loadReport({
        url,
        name: url,
        needBytes: false,
        onProgress: (p) => setState({ kind: 'loading', done: p.pagesDone, total: p.pagesTotal }),
      });
      setState({ kind: 'ready', extraction: loaded.extraction, origin: loaded.origin, sha256: loaded.sha256 });
      if (loaded.stored && !loaded.stored.ok) setNote(loaded.stored.reason === 'quota' ? t('cacheFull') : t('cacheError'));
    } catch (e) {
      if (e instanceof NeedsPermissionError) setState({ kind: 'error', code: 'permission', message: t('needsPermission', e.origin) });
      else setState({ kind: 'error', code: e instanceof ReportError ? e.code : 'fetch', message: errorText(e) });
    }
  }

  const list = [...(page ? [{ url: page.url, title: t('thisPage'), kind: 'arsberetning' as const }] : []), ...(reports ?? [])];
  return (
    <main class="popup">
      <h1>Tallsjekk</h1>
      {reports === null ? <p class="muted">{t('loading')}</p> : null}
      {reports !== null && list.length === 0 ? <p data-testid="no-reports">{t('noReports')}</p> : null}
      {list.length > 0 && (
        <nav aria-label={t('reportsOnPage')}>
          <h2>{t('reportsOnPage')}</h2>
          <ul class="report-list" data-testid="report-list">
            {list.map((r) => (
              <li>
                <button type="button" class={chosen === r.url ? 'primary' : ''} aria-pressed={chosen === r.url} onClick={() => void choose(r.url)} data-url={r.url}>
                  {r.title}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {state.kind === 'loading' && <ProgressBar done={state.done} total={state.total} />}
      {state.kind === 'error' && (
        <div class="error" role="alert" data-error={state.code}>
          {state.message}
          {state.code === 'permission' && chosen ? (
            <button type="button" onClick={() => void requestSite(chosen).then((ok) => { if (ok) void choose(chosen); })}>{t('allow')}</button>
          ) : null}
        </div>
      )}
      {state.kind === 'ready' && chosen && (
        <div data-testid="report" data-origin={state.origin}>
          <KeyNumbersView extraction={state.extraction} lang={lang} />
          <ReportActions extraction={state.extraction} url={chosen} isPage={state.origin === 'page'} lang={lang} sha256={state.sha256} onNote={setNote} />
        </div>
      )}
      {note && <p class="notice" role="status">{note}</p>}
      <Glossary />
      <p class="footer">
        <button type="button" class="link" onClick={() => void clearCache().then(() => setNote(t('cacheCleared')))}>{t('clearCache')}</button>
        {' · '}
        <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/report.html') })}>{t('openLocalFile')}</button>
      </p>
    </main>
  );
}

export function errorText(e: unknown): string {
  if (e instanceof ReportError) {
    if (e.code === 'pdf-broken' || e.code === 'binary-input' || e.code === 'unsupported-type') return t('errorBroken');
    if (e.code === 'pdf-encrypted') return t('errorEncrypted');
    if (e.code === 'empty-input') return t('errorEmpty');
    return `${t('errorParse')} (${e.message})`;
  }
  return `${t('errorFetch')} (${String((e as Error)?.message ?? e)})`;
}
