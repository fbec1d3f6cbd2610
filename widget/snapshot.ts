// Given the text of the widget's inline <script type="application/json"> child, return an EmbedSnapshot or an
// Extraction (then the `table` attribute picks one), or say precisely what is wrong. Everything here is
// `unknown` until checked: embed code is pasted by hand and travels through CMSs.

import type { Column, EmbedSnapshot, Extraction, Row, Table } from '../core/model.ts';

export type EmbedInput = { kind: 'snapshot'; snapshot: EmbedSnapshot } | { kind: 'extraction'; extraction: Extraction };
export type InputResult = { ok: true; input: EmbedInput } | { ok: false; code: 'bad-json' | 'bad-shape'; detail: string };

class ShapeError extends Error {}

const ROLES = new Set(['actual', 'budget-original', 'budget-revised', 'variance', 'variance-adjusted', 'transferred', 'change', 'percent', 'other']);
const KINDS = new Set(['item', 'subtotal', 'total', 'header']);
const DIRECTIONS = new Set(['overspend', 'underspend', 'on-budget']);
const VERDICTS = new Set(['consistent', 'inconsistent', 'unmatched']);

export function readEmbedInput(text: string): InputResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, code: 'bad-json', detail: err instanceof Error ? err.message : String(err) };
  }
  return checkEmbedInput(data);
}

/** Checks an already-parsed value (the widget's `snapshot` property, or parsed JSON). */
export function checkEmbedInput(data: unknown): InputResult {
  try {
    return { ok: true, input: toEmbedInput(data) };
  } catch (err) {
    if (err instanceof ShapeError) return { ok: false, code: 'bad-shape', detail: err.message };
    throw err;
  }
}

function toEmbedInput(data: unknown): EmbedInput {
  const o = obj(data, 'JSON');
  if (o.version !== 1) fail('version', 'må være 1');
  if (Array.isArray(o.tables)) {
    const source = obj(o.source, 'source');
    str(source.name, 'source.name');
    o.tables.forEach((t, i) => checkTable(t, `tables[${i}]`));
    if (o.claims !== undefined) arr(o.claims, 'claims').forEach((c, i) => checkClaim(c, `claims[${i}]`));
    return { kind: 'extraction', extraction: { claims: [], crossChecks: [], warnings: [], ...(o as object) } as unknown as Extraction };
  }
  const source = obj(o.source, 'source');
  str(source.name, 'source.name');
  if (source.url !== undefined) str(source.url, 'source.url');
  if (source.page !== undefined) num(source.page, 'source.page');
  if (source.year !== undefined) num(source.year, 'source.year');
  if (source.district !== undefined) str(source.district, 'source.district');
  if (o.claims !== undefined) arr(o.claims, 'claims').forEach((c, i) => checkClaim(c, `claims[${i}]`));
  if (o.table === undefined) fail('table', 'mangler');
  checkTable(o.table, 'table');
  return { kind: 'snapshot', snapshot: o as unknown as EmbedSnapshot };
}

function checkTable(value: unknown, at: string): asserts value is Table {
  const t = obj(value, at);
  str(t.id, `${at}.id`);
  if (t.title !== undefined) str(t.title, `${at}.title`);
  if (t.unit !== undefined) str(t.unit, `${at}.unit`);
  if (t.page !== undefined) num(t.page, `${at}.page`);
  const columns = arr(t.columns, `${at}.columns`);
  columns.forEach((c, i) => checkColumn(c, `${at}.columns[${i}]`));
  arr(t.rows, `${at}.rows`).forEach((r, i) => checkRow(r, `${at}.rows[${i}]`, columns.length));
  t.grid ??= [];
  t.checks ??= [];
  t.variances ??= [];
  const rowCount = (t.rows as unknown[]).length;
  arr(t.checks, `${at}.checks`).forEach((c, i) => {
    const k = obj(c, `${at}.checks[${i}]`);
    if (k.kind !== 'sum' && k.kind !== 'variance') fail(`${at}.checks[${i}].kind`, 'må være "sum" eller "variance"');
    for (const f of ['printed', 'computed', 'delta'] as const) num(k[f], `${at}.checks[${i}].${f}`);
    if (typeof k.ok !== 'boolean') fail(`${at}.checks[${i}].ok`, 'må være true eller false');
    if (k.row !== undefined) index(k.row, rowCount, `${at}.checks[${i}].row`);
    if (k.column !== undefined) index(k.column, columns.length, `${at}.checks[${i}].column`);
  });
  arr(t.variances, `${at}.variances`).forEach((v, i) => {
    const w = obj(v, `${at}.variances[${i}]`);
    index(w.row, rowCount, `${at}.variances[${i}].row`);
    for (const f of ['budget', 'actual', 'variance', 'percent'] as const) num(w[f], `${at}.variances[${i}].${f}`);
    if (!DIRECTIONS.has(w.direction as string)) fail(`${at}.variances[${i}].direction`, 'må være overspend, underspend eller on-budget');
  });
}

function checkClaim(value: unknown, at: string): void {
  const c = obj(value, at);
  str(c.text, `${at}.text`);
  if (!VERDICTS.has(c.verdict as string)) fail(`${at}.verdict`, 'må være consistent, inconsistent eller unmatched');
  if (c.match !== undefined) {
    const match = obj(c.match, `${at}.match`);
    str(match.table, `${at}.match.table`);
    num(match.row, `${at}.match.row`);
  }
}

function checkColumn(value: unknown, at: string): asserts value is Column {
  const c = obj(value, at);
  str(c.label, `${at}.label`);
  if (!ROLES.has(c.role as string)) fail(`${at}.role`, `ukjent rolle ${JSON.stringify(c.role)}`);
  if (c.year !== undefined) num(c.year, `${at}.year`);
}

function checkRow(value: unknown, at: string, columns: number): asserts value is Row {
  const r = obj(value, at);
  str(r.label, `${at}.label`);
  if (!KINDS.has(r.kind as string)) fail(`${at}.kind`, `ukjent radtype ${JSON.stringify(r.kind)}`);
  const values = arr(r.values, `${at}.values`);
  if (values.length > columns) fail(`${at}.values`, `har ${values.length} verdier, men tabellen har ${columns} kolonner`);
  values.forEach((v, i) => v === null || num(v, `${at}.values[${i}]`));
}

function fail(at: string, what: string): never {
  throw new ShapeError(`${at} ${what}`);
}
function obj(v: unknown, at: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(at, 'må være et objekt');
  return v as Record<string, unknown>;
}
function arr(v: unknown, at: string): unknown[] {
  if (!Array.isArray(v)) fail(at, 'må være en liste');
  return v;
}
function str(v: unknown, at: string): string {
  if (typeof v !== 'string') fail(at, 'må være tekst');
  return v;
}
function num(v: unknown, at: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(at, 'må være et tall');
  return v;
}
function index(v: unknown, length: number, at: string): void {
  if (!Number.isInteger(v) || (v as number) < 0 || (v as number) >= length) fail(at, `må peke på en rad/kolonne (0–${length - 1})`);
}
