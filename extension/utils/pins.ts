// The journalist's notebook, pure part: a pin is a number (value, variance, failed check or claim) kept with
// everything needed to cite it — as printed, label, table, page, URL, check status and a note — so it can
// be listed, exported and re-found by the report's content hash. Storage is in notebook-store.ts.

import type { Direction, Extraction } from '../../core/model.ts';
import type { Mark } from './marks.ts';
import { formatNumber, type Lang } from './format.ts';

export type PinStatus = 'consistent' | 'inconsistent' | 'failed' | 'unmatched';

export interface Pin {
  /** The mark id it pins (`<table>:<row>:<column>` or `claim:<i>`). */
  id: string;
  sha256: string;
  url?: string;
  sourceName: string;
  kind: Mark['kind'];
  printed: string;
  value: number;
  label: string;
  tableId?: string;
  tableTitle?: string;
  unit?: string;
  page?: number;
  /** Top of the value on its page (PDF points), for reading order. */
  top?: number;
  line?: number;
  direction: Direction;
  status: PinStatus;
  note: string;
  createdAt: number;
}

export const NOTEBOOK_FORMAT = 'tallsjekk-notebook';

export interface NotebookFile {
  format: typeof NOTEBOOK_FORMAT;
  version: 1;
  source: { name: string; url?: string; sha256: string };
  pins: Pin[];
}

export function pinFromMark(mark: Mark, extraction: Extraction, sha256: string, url: string | undefined, createdAt: number): Pin {
  const table = extraction.tables.find((t) => t.id === mark.tableId);
  const claim = mark.claim;
  const value = claim ? claim.amountNok : (table?.rows[mark.row ?? -1]?.values[mark.column ?? -1] ?? mark.variance ?? 0);
  const status: PinStatus = claim ? claim.verdict : mark.check === 'failed' ? 'failed' : 'consistent';
  return {
    id: mark.id,
    sha256,
    ...(url ? { url } : {}),
    sourceName: extraction.source.name,
    kind: mark.kind,
    printed: claim ? claim.text : formatNumber(value, 'nb', 3).replace('−', '-'),
    value,
    label: claim ? claim.text : mark.label,
    ...(mark.tableId ? { tableId: mark.tableId } : {}),
    ...(table?.title ? { tableTitle: table.title } : {}),
    ...(table?.unit ? { unit: table.unit } : {}),
    ...(mark.page !== undefined ? { page: mark.page } : {}),
    ...(mark.box ? { top: mark.box[3] } : {}),
    ...(mark.line !== undefined ? { line: mark.line } : {}),
    direction: mark.direction,
    status,
    note: '',
    createdAt,
  };
}

/** Reading order: page, top to bottom, then line. */
export function sortPins(pins: Pin[]): Pin[] {
  return [...pins].sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || (b.top ?? 0) - (a.top ?? 0) || (a.line ?? 0) - (b.line ?? 0));
}

const STATUS_NB: Record<PinStatus, string> = {
  consistent: 'tabellens avvik stemmer',
  inconsistent: 'stemmer ikke med tabellen',
  failed: 'regnestykket i tabellen går ikke opp',
  unmatched: 'ikke funnet i tabellene',
};
const STATUS_EN: Record<PinStatus, string> = {
  consistent: "the table's variance adds up",
  inconsistent: 'contradicts the table',
  failed: "the table's arithmetic fails",
  unmatched: 'not found in the tables',
};
const DIR_NB: Record<Direction, string> = { overspend: 'Merforbruk', underspend: 'Mindreforbruk', 'on-budget': 'I balanse' };
const DIR_EN: Record<Direction, string> = { overspend: 'Overspend', underspend: 'Underspend', 'on-budget': 'On budget' };

export function statusText(s: PinStatus, lang: Lang): string {
  return (lang === 'nb' ? STATUS_NB : STATUS_EN)[s];
}

function link(p: Pin): string {
  const base = p.url ?? p.sourceName;
  return p.page !== undefined ? `${base}#page=${p.page}` : base;
}

/** "Merforbruk FO3 Helse og omsorg: −45 529 (1000 kr), Tabell 0.1 B, s. 7, <URL>#page=7 — tabellens avvik stemmer" */
export function pinToCitation(p: Pin, lang: Lang, found = true): string {
  // A failed check is about arithmetic, not spending: say so instead of a direction.
  const dir = p.kind === 'check' ? (lang === 'nb' ? 'Regnestykke' : 'Check') : (lang === 'nb' ? DIR_NB : DIR_EN)[p.direction];
  const page = p.page !== undefined ? `, ${lang === 'nb' ? 's.' : 'p.'} ${p.page}` : '';
  const what = p.kind === 'claim' ? `«${p.printed}»` : `${dir} ${p.label}: ${formatNumber(p.value, lang, 3)}${p.unit ? ` (${p.unit})` : ''}`;
  const table = p.tableTitle ? `, ${p.tableTitle}` : '';
  const missing = found ? '' : lang === 'nb' ? ' [ikke funnet i denne versjonen av rapporten]' : ' [not found in this version of the report]';
  const note = p.note.trim() ? ` — ${lang === 'nb' ? 'Notat' : 'Note'}: ${p.note.trim()}` : '';
  return `${what}${table}${page}, ${link(p)} — ${statusText(p.status, lang)}${missing}${note}`;
}

export function pinsToMarkdown(pins: Pin[], lang: Lang, title: string, notFound: Set<string> = new Set()): string {
  return [`## ${title}`, '', ...sortPins(pins).map((p) => `- ${pinToCitation(p, lang, !notFound.has(p.id))}`), ''].join('\n');
}

function csvCell(v: string | number | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function pinsToCsv(pins: Pin[]): string {
  const head = ['label', 'printed', 'value', 'unit', 'direction', 'status', 'table', 'page', 'url', 'note'];
  const rows = sortPins(pins).map((p) => [p.label, p.printed, p.value, p.unit, p.direction, p.status, p.tableTitle ?? p.tableId, p.page, link(p), p.note].map(csvCell).join(','));
  return [head.join(','), ...rows].join('\r\n') + '\r\n';
}

export function notebookFile(pins: Pin[], source: NotebookFile['source']): NotebookFile {
  return { format: NOTEBOOK_FORMAT, version: 1, source, pins: sortPins(pins) };
}

/** Reads a notebook file, keeping only well-formed pins; throws on anything that is not one. */
export function parseNotebookFile(text: string): NotebookFile {
  const raw = JSON.parse(text) as Partial<NotebookFile> | null;
  if (!raw || raw.format !== NOTEBOOK_FORMAT || raw.version !== 1 || !Array.isArray(raw.pins) || typeof raw.source?.sha256 !== 'string') {
    throw new Error('not a Tallsjekk notebook file');
  }
  const pins = raw.pins.filter(
    (p): p is Pin => typeof p?.id === 'string' && typeof p.sha256 === 'string' && typeof p.label === 'string' && typeof p.value === 'number' && typeof p.note === 'string',
  );
  return { format: NOTEBOOK_FORMAT, version: 1, source: raw.source, pins };
}

/** Whether the pinned item is still in this extraction: same table row (by label) or same claim text. */
export function pinFound(pin: Pin, extraction: Extraction): boolean {
  if (pin.kind === 'claim') {
    const i = Number(pin.id.split(':')[1]);
    return extraction.claims[i]?.text === pin.printed;
  }
  // id is "<table id>:<row>:<column>"; table ids may themselves hold ':'.
  const row = Number(pin.id.slice((pin.tableId ?? '').length + 1).split(':')[0]);
  const r = extraction.tables.find((t) => t.id === pin.tableId)?.rows[row];
  return Boolean(r && r.label === pin.label);
}
