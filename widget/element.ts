// <tallsjekk-widget>: a custom element that renders WidgetView with Preact into its own shadow root.
// Input: an inline <script type="application/json"> child (EmbedSnapshot or Extraction), the `snapshot`
// property, or `src` (+ `table`) parsed in the core's worker. Nothing it does may throw into the host page.

import { h, render } from 'preact';
import type { EmbedSnapshot, Extraction } from '../core/model.ts';
import type { ChartKind } from './chart-config.ts';
import type { Lang } from './format.ts';
import type { Messages } from './i18n.ts';
import { loadRemote } from './lazy.ts';
import type { RemoteResult } from './remote.ts';
import { selectTable, tableNames } from './select-table.ts';
import { checkEmbedInput, readEmbedInput, type EmbedInput, type InputResult } from './snapshot.ts';
import { adoptStyles } from './styles.ts';
import { WidgetView, type View, type WidgetState } from './widget-view.tsx';

const ATTRIBUTES = ['src', 'table', 'lang', 'theme', 'view', 'chart'] as const;

export class TallsjekkWidget extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];

  #root: ShadowRoot;
  #state: WidgetState = { status: 'loading', message: (m) => m.loading };
  #property: InputResult | undefined;
  #inputKey = '';
  #abort: AbortController | undefined;
  #observer: MutationObserver | undefined;
  #dark = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  #onScheme = () => this.#safely(() => this.#render());

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    adoptStyles(this.#root);
  }

  /** Rich data without JSON: an EmbedSnapshot or Extraction object. */
  get snapshot(): EmbedSnapshot | undefined {
    return this.#state.status === 'ready' ? this.#state.snapshot : undefined;
  }
  set snapshot(value: unknown) {
    this.#safely(() => {
      this.#property = value === undefined || value === null ? undefined : checkEmbedInput(value);
      this.#inputKey = '';
      this.#load();
    });
  }

  connectedCallback(): void {
    this.#safely(() => {
      this.#observer ??= new MutationObserver(() => this.#safely(() => this.#load()));
      this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
      this.#dark?.addEventListener('change', this.#onScheme);
      this.#inputKey = '';
      this.#load();
    });
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#dark?.removeEventListener('change', this.#onScheme);
    this.#abort?.abort();
    this.#abort = undefined;
    render(null, this.#root);
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (!this.isConnected || old === value) return;
    this.#safely(() => (name === 'src' || name === 'table' ? this.#load() : this.#render()));
  }

  get #lang(): Lang {
    return (this.getAttribute('lang') ?? '').toLowerCase().startsWith('en') ? 'en' : 'nb';
  }

  /** Reads the input again; does nothing if it is unchanged (so our own re-renders never loop). */
  #load(): void {
    const script = this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
    const src = this.getAttribute('src')?.trim() ?? '';
    const table = this.getAttribute('table')?.trim() ?? '';
    const text = script?.textContent ?? '';
    const key = JSON.stringify([this.#property ? 'p' : '', text, src, table]);
    if (key === this.#inputKey) return;
    this.#inputKey = key;
    this.#abort?.abort();
    this.#abort = undefined;
    const read = this.#property ?? (script && text.trim() ? readEmbedInput(text) : undefined);
    if (read && !read.ok) {
      const { code, detail } = read;
      return this.#show({ status: 'error', message: (m) => (code === 'bad-json' ? m.badJson(detail) : m.badShape(detail)) });
    }
    if (read) return this.#show(this.#fromInput(read.input, table));
    if (src) return this.#loadRemote(src, table);
    this.#show(script ? { status: 'error', message: (m) => m.noInput } : { status: 'loading', message: (m) => m.loading });
  }

  #fromInput(input: EmbedInput, query: string): WidgetState {
    if (input.kind === 'snapshot') return { status: 'ready', snapshot: input.snapshot };
    return this.#pick(input.extraction, query, this.getAttribute('src') ?? undefined);
  }

  #pick(extraction: Extraction, query: string, url: string | undefined): WidgetState {
    const names = tableNames(extraction.tables);
    const table = query ? selectTable(extraction.tables, query) : extraction.tables.length === 1 ? extraction.tables[0] : undefined;
    if (!table) return { status: 'error', message: (m) => (query ? m.unknownTable(query, names) : m.noTableAttr(names)), ...(url ? { link: url } : {}) };
    const source: EmbedSnapshot['source'] = { name: extraction.report?.title ?? extraction.source.name };
    if (url) source.url = url;
    if (table.page !== undefined) source.page = table.page;
    if (extraction.report?.district) source.district = extraction.report.district;
    if (extraction.report?.year) source.year = extraction.report.year;
    const claims = extraction.claims.filter((c) => c.match?.table === table.id);
    return { status: 'ready', snapshot: { version: 1, source, table, claims } };
  }

  #loadRemote(src: string, query: string): void {
    let url: URL;
    try {
      url = new URL(src, document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(url.protocol);
    } catch {
      return this.#show({ status: 'error', message: (m) => m.unreachable(src) });
    }
    const controller = new AbortController();
    this.#abort = controller;
    const live = () => !controller.signal.aborted;
    this.#show({ status: 'loading', message: (m) => m.fetching(url.host) });
    loadRemote()
      .then((mod) =>
        mod.fetchAndParse({
          url: url.href,
          signal: controller.signal,
          onFetched: () => live() && this.#show({ status: 'loading', message: (m) => m.parsing }),
          onProgress: (p) => live() && this.#show({ status: 'loading', message: (m) => m.readingPages(p.pagesDone, p.pagesTotal) }),
        }),
      )
      .then((result: RemoteResult) => {
        if (!live()) return;
        if (result.ok) return this.#show(this.#pick(result.extraction, query, url.href));
        if (result.code === 'cancelled') return;
        const message = (m: Messages) =>
          result.code === 'unreachable'
            ? m.unreachable(url.host)
            : result.code === 'http'
              ? m.httpStatus(url.host, result.status)
              : result.code === 'not-pdf'
                ? m.notPdf
                : result.code === 'worker'
                  ? m.workerFailed
                  : m.parseFailed(result.message);
        this.#show({ status: 'error', message, link: url.href });
      })
      .catch((err: unknown) => live() && this.#show({ status: 'error', message: (m) => m.parseFailed(String(err)), link: url.href }));
  }

  #show(state: WidgetState): void {
    this.#state = state;
    this.#render();
  }

  #render(): void {
    const lang = this.#lang;
    const view = oneOf<View>(this.getAttribute('view'), ['table', 'chart', 'both'], 'table');
    const chart = oneOf<ChartKind>(this.getAttribute('chart'), ['variance', 'budget-actual'], 'variance');
    const theme = this.getAttribute('theme') ?? 'auto';
    const scheme = theme === 'dark' || theme === 'light' ? theme : this.#dark?.matches ? 'dark' : 'light';
    render(h(WidgetView, { state: this.#state, lang, view, chart, scheme, base: document.baseURI }), this.#root);
  }

  /** Runs `fn`; a failure becomes the widget's own error message, never an exception in the host page. */
  #safely(fn: () => void): void {
    try {
      fn();
    } catch {
      try {
        this.#state = { status: 'error', message: (m) => m.unexpected };
        render(h(WidgetView, { state: this.#state, lang: this.#lang, view: 'table', chart: 'variance', scheme: 'light' }), this.#root);
      } catch {
        // Nothing sensible is left to show; staying silent beats breaking the host page.
      }
    }
  }
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  const v = (value ?? '').trim().toLowerCase();
  return (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}
