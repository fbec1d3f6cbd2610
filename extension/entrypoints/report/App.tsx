import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Extraction, Table } from '../../../core/model.ts';
import { extractionToMarks } from '../../utils/marks.ts';
import { loadReport, ReportError } from '../../utils/load-report.ts';
import { NeedsPermissionError, requestSite } from '../../utils/fetch-report.ts';
import { clearCache } from '../../utils/cache.ts';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { lang as uiLang, t } from '../../utils/i18n.ts';
import { errorText } from '../popup/App.tsx';
import { openForDisplay, type PDFDocumentProxy } from './pdf.ts';
import { PdfPages } from './PdfPages.tsx';
import { SidePanel } from './SidePanel.tsx';
import { FilePicker } from './FilePicker.tsx';
import { NotebookPanel } from './NotebookPanel.tsx';
import type { Mark } from '../../utils/marks.ts';
import { pinFromMark, type Pin } from '../../utils/pins.ts';
import { pinsFor, removePin, savePin, savePins } from '../../utils/notebook-store.ts';

type Status =
  | { kind: 'idle' }
  | { kind: 'loading'; done: number; total: number }
  | { kind: 'ready'; origin: 'cache' | 'parsed' }
  | { kind: 'error'; code: string; message: string };

interface Source {
  url?: string;
  name: string;
  bytes?: ArrayBuffer;
}

/** Partial results while parsing are drawn at most this often. */
const PROGRESS_RENDER_MS = 750;

function partial(name: string, tables: Table[]): Extraction {
  return { version: 1, source: { name, kind: 'pdf', sha256: '' }, tables, claims: [], crossChecks: [], warnings: [] };
}

export function App() {
  const lang = uiLang();
  const srcParam = new URLSearchParams(location.search).get('src');
  const [source, setSource] = useState<Source | null>(srcParam ? { url: srcParam, name: srcParam } : null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [extraction, setExtraction] = useState<Extraction | null>(null);
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [note, setNote] = useState('');
  const [sha, setSha] = useState<string | null>(null);
  const [pins, setPins] = useState<Pin[]>([]);
  const [notFound, setNotFound] = useState<Set<string>>(new Set());

  const reloadPins = async (sha256: string, url?: string) => {
    const r = await pinsFor(sha256, url);
    setPins(r.pins);
    setNotFound(r.notFound);
  };

  useEffect(() => {
    if (!source) return;
    let stale = false;
    const seen = new Map<string, Table>();
    let flush: ReturnType<typeof setTimeout> | undefined;
    let finished = false;
    setStatus({ kind: 'loading', done: 0, total: 0 });
    setExtraction(null);
    setDoc(null);
    setSha(null);
    setPins([]);
    document.title = `Tallsjekk — ${source.name.split('/').pop()}`;
    void loadReport({
      ...source,
      needBytes: true,
      onCached: (x) => !stale && setExtraction(x),
      onBytes: (bytes) => {
        void openForDisplay(bytes)
          .then((d) => !stale && setDoc(d))
          .catch(() => !stale && setStatus({ kind: 'error', code: 'pdf-broken', message: t('errorBroken') }));
      },
      onProgress: (p) => {
        if (stale) return;
        setStatus({ kind: 'loading', done: p.pagesDone, total: p.pagesTotal });
        if (!p.tables?.length) return;
        for (const tb of p.tables) seen.set(tb.id, tb);
        // Show the first tables at once, then coalesce updates so a long parse does not keep re-rendering.
        if (seen.size === p.tables.length) setExtraction(partial(source.name, [...seen.values()]));
        else flush ??= setTimeout(() => {
          flush = undefined;
          if (!stale && !finished) setExtraction(partial(source.name, [...seen.values()]));
        }, PROGRESS_RENDER_MS);
      },
    })
      .then((loaded) => {
        finished = true;
        clearTimeout(flush);
        if (stale) return;
        setExtraction(loaded.extraction);
        setSha(loaded.sha256);
        void reloadPins(loaded.sha256, source.url);
        setStatus({ kind: 'ready', origin: loaded.origin });
        if (loaded.stored && !loaded.stored.ok) setNote(loaded.stored.reason === 'quota' ? t('cacheFull') : t('cacheError'));
      })
      .catch((e: unknown) => {
        finished = true;
        clearTimeout(flush);
        if (stale) return;
        if (e instanceof NeedsPermissionError) setStatus({ kind: 'error', code: 'permission', message: t('needsPermission', e.origin) });
        else setStatus({ kind: 'error', code: e instanceof ReportError ? e.code : 'fetch', message: errorText(e) });
      });
    return () => {
      stale = true;
      clearTimeout(flush);
    };
  }, [source]);

  const marks = useMemo(() => (extraction ? extractionToMarks(extraction) : []), [extraction]);
  const clear = () => void clearCache().then(() => setNote(t('cacheCleared')));
  const pinnedIds = useMemo(() => new Set(pins.filter((p) => p.sha256 === sha).map((p) => p.id)), [pins, sha]);
  const togglePin = (mark: Mark) => {
    if (!sha || !extraction) return;
    const existing = pins.find((p) => p.id === mark.id && p.sha256 === sha);
    if (existing) {
      setPins(pins.filter((p) => p !== existing));
      void removePin(existing);
    } else {
      const pin = pinFromMark(mark, extraction, sha, source?.url, Date.now());
      setPins([...pins, pin]);
      void savePin(pin);
    }
  };
  const notebook =
    extraction && sha ? (
      <NotebookPanel
        extraction={extraction}
        marks={marks}
        pins={pins}
        notFound={notFound}
        sha256={sha}
        {...(source?.url ? { url: source.url } : {})}
        lang={lang}
        onNote={(pin, text) => {
          const next = { ...pin, note: text };
          setPins(pins.map((p) => (p === pin ? next : p)));
          void savePin(next);
        }}
        onRemove={(pin) => {
          setPins(pins.filter((p) => p !== pin));
          void removePin(pin);
        }}
        onImport={(imported, fileSha) => {
          void savePins(imported).then(() => {
            if (fileSha !== sha) return setNote(t('notebookOther'));
            setNote(t('notebookImported', imported.length));
            return reloadPins(sha, source?.url);
          });
        }}
        onMessage={setNote}
      />
    ) : null;

  return (
    <div class="report-view" data-status={status.kind} {...(status.kind === 'ready' ? { 'data-origin': status.origin } : {})}>
      <header class="bar">
        <h1>Tallsjekk</h1>
        <p class="src">{source ? source.url ?? source.name : t('noSource')}</p>
        <FilePicker onFile={(name, bytes) => setSource({ name, bytes })} />
      </header>
      {status.kind === 'loading' && <ProgressBar done={status.done} total={status.total} />}
      {status.kind === 'ready' && (
        <p class="notice origin" role="status" data-testid="origin">{status.origin === 'cache' ? t('fromCache') : t('parsedNow', marks.length)}</p>
      )}
      {status.kind === 'error' && (
        <div class="error" role="alert" data-error={status.code}>
          <strong>{t('errorTitle')}</strong> {status.message}
          {status.code === 'permission' && source?.url ? (
            <button type="button" onClick={() => void requestSite(source.url!).then((ok) => { if (ok) setSource({ ...source }); })}>{t('allow')}</button>
          ) : null}
        </div>
      )}
      {note && <p class="notice" role="status">{note}</p>}
      {!source && <p class="intro">{t('intro')}</p>}
      <div class="layout">
        <main class="viewer">{doc ? <PdfPages doc={doc} marks={marks} lang={lang} pinned={pinnedIds} onPin={togglePin} /> : null}</main>
        {extraction && <SidePanel extraction={extraction} marks={marks} {...(source?.url ? { url: source.url } : {})} lang={lang} onNote={setNote} onClearCache={clear} pinned={pinnedIds} onPin={togglePin} notebook={notebook} />}
      </div>
    </div>
  );
}
