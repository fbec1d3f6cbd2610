// The report's pages drawn with pdf.js, each with its highlights. Page boxes are laid out at once (so
// highlights and scroll-to work before drawing); canvases are drawn when a page comes near the viewport.

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { memo } from 'preact/compat';
import type { Mark } from '../../utils/marks.ts';
import type { Lang } from '../../utils/format.ts';
import { boxToCss, type PageViewport, type PDFDocumentProxy } from './pdf.ts';
import { Highlight } from './Highlight.tsx';
import { t } from '../../utils/i18n.ts';

/** Pages are drawn to fit the viewer's width (A4 portrait at 595 pt), within these bounds. */
const MIN_SCALE = 0.8;
const MAX_SCALE = 1.6;

function fitScale(): number {
  const width = document.querySelector('.viewer')?.clientWidth ?? 900;
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, (width - 24) / 595));
}

interface PageInfo {
  n: number;
  viewport: PageViewport;
  scale: number;
}

function PageCanvas({ doc, n, viewport, scale }: { doc: PDFDocumentProxy; n: number; viewport: PageViewport; scale: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    let cancelled = false;
    let task: { cancel(): void } | null = null;
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting) || task) return;
        io.disconnect();
        void doc.getPage(n).then((page) => {
          if (cancelled) return;
          const ratio = window.devicePixelRatio || 1;
          const vp = page.getViewport({ scale: scale * ratio });
          canvas.width = Math.floor(vp.width);
          canvas.height = Math.floor(vp.height);
          const render = page.render({ canvas, viewport: vp });
          task = render;
          render.promise.then(() => canvas.setAttribute('data-rendered', 'true')).catch(() => {});
        });
      },
      { rootMargin: '150% 0px' },
    );
    io.observe(canvas);
    return () => {
      cancelled = true;
      io.disconnect();
      task?.cancel();
    };
  }, [doc, n]);
  return <canvas ref={ref} style={{ width: `${viewport.width}px`, height: `${viewport.height}px` }} aria-hidden="true" />;
}

export interface PdfPagesProps {
  doc: PDFDocumentProxy;
  marks: Mark[];
  lang: Lang;
  pinned: Set<string>;
  onPin: (mark: Mark) => void;
}

interface PageViewProps {
  doc: PDFDocumentProxy;
  info: PageInfo;
  marks: Mark[];
  lang: Lang;
  active: string | null;
  pinned: Set<string>;
  onActivate: (id: string | null) => void;
  onPin: (mark: Mark) => void;
  /** What this page shows (its marks, their pinned and active state): the page re-renders only when it changes. */
  signature: string;
}

function PageViewInner({ doc, info: { n, viewport, scale }, marks, lang, active, pinned, onActivate, onPin }: PageViewProps) {
  return (
    <section class="page" id={`page-${n}`} data-page={n} style={{ width: `${viewport.width}px`, height: `${viewport.height}px` }} aria-label={`${t('page')} ${n}`}>
      <PageCanvas doc={doc} n={n} viewport={viewport} scale={scale} />
      <div class="overlay">
        {marks.map((m) => (
          <Highlight mark={m} css={boxToCss(viewport, m.box!)} lang={lang} active={active === m.id} onActivate={onActivate} pinned={pinned.has(m.id)} onPin={onPin} />
        ))}
      </div>
    </section>
  );
}

// A 200-page report re-renders while it parses; unchanged pages must not (the main thread stays free).
const PageView = memo(PageViewInner, (a, b) => a.doc === b.doc && a.info === b.info && a.signature === b.signature && a.lang === b.lang);

const NO_MARKS: Mark[] = [];

export function PdfPages({ doc, marks, lang, pinned, onPin }: PdfPagesProps) {
  const [pages, setPages] = useState<PageInfo[]>([]);
  const [active, setActive] = useState<string | null>(null);
  const pinRef = useRef(onPin);
  pinRef.current = onPin;
  const stablePin = useCallback((m: Mark) => pinRef.current(m), []);
  useEffect(() => {
    let stop = false;
    // All page sizes at once (pdf.js answers from its worker without drawing), so every highlight has its
    // place before any canvas is drawn.
    const scale = fitScale();
    const numbers = Array.from({ length: doc.numPages }, (_, i) => i + 1);
    void Promise.all(numbers.map((n) => doc.getPage(n).then((page) => ({ n, viewport: page.getViewport({ scale }) as unknown as PageViewport, scale })))).then(
      (out) => !stop && setPages(out),
    );
    return () => {
      stop = true;
    };
  }, [doc]);
  const byPage = new Map<number, Mark[]>();
  for (const m of marks) {
    if (m.page === undefined || !m.box) continue;
    const list = byPage.get(m.page);
    if (list) list.push(m);
    else byPage.set(m.page, [m]);
  }
  return (
    <div class="pages" aria-label={t('pages')}>
      {pages.map((info) => {
        const own = byPage.get(info.n) ?? NO_MARKS;
        const signature = own.map((m) => `${m.id}|${m.direction}|${m.check}|${pinned.has(m.id) ? 1 : 0}|${active === m.id ? 1 : 0}`).join(';');
        return <PageView key={info.n} doc={doc} info={info} marks={own} lang={lang} active={active} pinned={pinned} onActivate={setActive} onPin={stablePin} signature={signature} />;
      })}
    </div>
  );
}

/** Scrolls to a mark's highlight (or its page) and focuses it. */
export function scrollToMark(mark: Mark): void {
  const el = document.querySelector<HTMLElement>(`[data-mark-id="${CSS.escape(mark.id)}"]`);
  if (el) {
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el.focus({ preventScroll: true });
    return;
  }
  if (mark.page !== undefined) document.getElementById(`page-${mark.page}`)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
}
