// Codes printed after a row's amounts (voucher numbers: "Bydel Frogner  573 139 11741517 11739518") are no values:
// they are taken off the rows before the amounts are read, and become columns of their own after them.

import type { DraftTable } from '../semantics/draft.ts';
import type { NumToken } from '../numbers/tokens.ts';
import { isSumLabel } from '../semantics/row-kinds.ts';
import type { ClassifiedLine } from './classify-lines.ts';
import type { RawRow } from './rows.ts';
import { ALL_SPACES } from '../patterns.ts';

/** Voucher, project and account numbers: an ungrouped run of six digits or more. */
const CODE_TOKEN = /^\d{6,}$/;

/** A row's tokens without the codes that end it ("639 297  11741441 11843366"). */
export function amountTokens(tokens: NumToken[]): NumToken[] {
  let n = tokens.length;
  while (n > 1 && CODE_TOKEN.test(tokens[n - 1]!.text)) n--;
  return n === tokens.length ? tokens : tokens.slice(0, n);
}

/**
 * Codes printed after a row's amounts in a table that groups its amounts ("Bydel Frogner  573 139 11741517
 * 11739518"): voucher numbers, not values. They are taken off the rows (and become columns of their own after
 * the amounts are read). Returns how many codes a row prints at most.
 */
export function takeTrailingCodes(block: { body: ClassifiedLine[] }, namesCodes: boolean): number {
  const rows = block.body.filter((b) => b.kind === 'row');
  const grouped = rows.some((r) => r.split.tokens.some((t, k) => k > 0 && t.group && t.gap <= 1 && r.split.tokens[k - 1]!.kind === 'digits'));
  if (!grouped) return 0;
  const coded = rows.filter((r) => amountTokens(r.split.tokens).length < r.split.tokens.length && !isSumLabel(r.split.label));
  // (One row is enough where the header names the codes: "Eget bilagsnummer".)
  if (coded.length < (namesCodes ? 1 : MIN_CODED_ROWS)) return 0;
  let most = 0;
  block.body = block.body.map((b) => {
    if (b.kind !== 'row' || isSumLabel(b.split.label)) return b;
    const amounts = amountTokens(b.split.tokens);
    if (amounts.length === b.split.tokens.length) return b;
    const codes = b.split.tokens.slice(amounts.length).map((t) => t.text);
    most = Math.max(most, codes.length);
    return { ...b, split: { ...b.split, tokens: amounts }, codes };
  });
  return most;
}

/** Rows that must print codes before codes are a column. */
const MIN_CODED_ROWS = 2;

/** Names of code columns in a header ("Eget bilagsnummer", "Motpartens bilagsnummer"), taken out of its text. */
const CODE_NAME = /(?:\p{Lu}\p{Ll}+\s+)?(?:bilagsn(?:umme)?r|kontonummer|kontonr)\b/gu;

export const NAMES_CODES = new RegExp(CODE_NAME.source, 'u');

export function takeCodeNames(headerText: string, count: number): { names: string[]; rest: string } {
  const names: string[] = [];
  const rest = headerText.replace(CODE_NAME, (m) => {
    if (names.length >= count) return m;
    names.push(m);
    return '';
  }).replace(ALL_SPACES, ' ').trim();
  while (names.length < count) names.push('Kode');
  return { names, rest };
}

/** The codes taken off the rows become columns after the amounts, with their printed text. */
export function appendCodes(draft: DraftTable, raw: RawRow[], names: string[]): void {
  draft.columnLabels = [...draft.columnLabels, ...names];
  draft.rows.forEach((row, k) => {
    const codes = raw[k]?.source?.codes ?? [];
    const cells = row.cells ?? row.values.map((v) => (v === null ? '' : String(v)));
    row.values = [...row.values, ...names.map((_, c) => (codes[c] !== undefined ? Number(codes[c]) : null))];
    row.cells = [...cells, ...names.map((_, c) => codes[c] ?? '')];
  });
}
