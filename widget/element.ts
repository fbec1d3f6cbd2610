// <tallsjekk-widget>: a custom element that renders WidgetView with Preact into its own shadow root.
// Input: an inline <script type="application/json"> child (EmbedSnapshot or Extraction), the `snapshot`
// property, or `src` (+ `table`) parsed in the core's worker. Nothing it does may throw into the host page.

import { h, render } from 'preact';
import type { EmbedSnapshot } from '../core/model.ts';
import type { ChartKind } from './chart-config.ts';
import type { Lang } from './format.ts';
import { messages } from './i18n.ts';
import { loadRemote } from './lazy.ts';
import type { Picked } from './pick-table.ts';
import { checkEmbedInput, readEmbedInput, type EmbedInput, type InputResult } from './snapshot.ts';
import { adoptStyles } from './styles.ts';
import { WidgetView, type View, type WidgetState } from './widget-view.tsx';

const ATTRIBUTES = ['src', 'table', 'lang', 'theme', 'view', 'chart'] as const;

export class TallsjekkWidget extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];

  #root: ShadowRoot;
  #state: WidgetState = { status: 'loading', message: (l) => messages(l).loading };
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
      return this.#show({ status: 'error', message: (l) => (code === 'bad-json' ? messages(l).badJson(detail) : messages(l).badShape(detail)) });
    }
    if (read) return this.#fromInput(read.input, table);
    if (src) return this.#loadRemote(src, table);
    this.#show(script ? { status: 'error', message: (l) => messages(l).noInput } : { status: 'loading', message: (l) => messages(l).loading });
  }

  #fromInput(input: EmbedInput, query: string): void {
    if (input.kind === 'snapshot') return this.#show({ status: 'ready', snapshot: input.snapshot });
    // A whole Extraction: the table picker lives in the lazy chunk with the rest of the src path.
    const { extraction } = input;
    const src = this.getAttribute('src') ?? undefined;
    this.#lazily((mod) => mod.pickTable(extraction, query, src));
  }

  #loadRemote(src: string, query: string): void {
    this.#lazily((mod, signal) =>
      mod.loadReport({ src, query, base: document.baseURI, signal, onStatus: (say) => !signal.aborted && this.#show({ status: 'loading', message: say }) }),
    );
  }

  /** Runs a step of the lazy chunk (remote.ts); a newer input aborts it and its outcome is dropped. */
  #lazily(step: (mod: typeof import('./remote.ts'), signal: AbortSignal) => Picked | undefined | Promise<Picked | undefined>): void {
    const controller = new AbortController();
    this.#abort = controller;
    const { signal } = controller;
    this.#show({ status: 'loading', message: (l) => messages(l).loading });
    loadRemote()
      .then((mod) => step(mod, signal))
      .then((picked) => {
        if (signal.aborted || !picked) return;
        this.#show(picked.ok ? { status: 'ready', snapshot: picked.snapshot } : { status: 'error', message: picked.say, ...(picked.link ? { link: picked.link } : {}) });
      })
      .catch(() => !signal.aborted && this.#show({ status: 'error', message: (l) => messages(l).unexpected }));
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
        this.#state = { status: 'error', message: (l) => messages(l).unexpected };
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
