// Given a claim phrase and the tables, return the cell it talks about and the verdict. `consistent`: the cell,
// in kroner, rounds to the printed amount at its printed precision and agrees in direction. `inconsistent`:
// the context makes it clearly the same figure, but it differs beyond rounding or in direction. Otherwise
// `unmatched`: a match is never forced, and forecasts and ranges are never matched.

import type { CellRef, Claim, Table } from '../model.ts';
import { cellCandidates, type CellCandidate } from './cell-candidates.ts';
import { contextScorer, DIRECT_AREA, DIRECT_ROW, SaidMemo, type ClaimSite } from './claim-context.ts';
import type { ClaimPhrase } from './find-phrases.ts';
import { THOUSANDS_BREAKS } from '../patterns.ts';

/** A cell within this share of the printed amount may be the same figure misprinted. */
const NEAR_SHARE = 0.05;
/** … or within this many units of the last printed digit ("0,6 mill." for 547 thousand). */
const NEAR_STEPS = 1;
/** Context an exact match needs when the amount has few significant digits ("4 mill."). */
const EXACT_MIN_CONTEXT = 1;
/** Significant digits from which an exact match stands without context ("61,8 mill."). */
const DISTINCT_DIGITS = 3;
/** Context a near miss or a wrong direction needs before it is called the same figure. */
const NEAR_MIN_CONTEXT = 3;
/** A near miss closer than this share counts as context of its own (a 5-digit figure off in the last digits). */
const CLOSE_SHARE = 0.005;
const CLOSE_BONUS = 1.5;
const EXACT_BONUS = 2;

type Fit = 'exact' | 'near' | 'direction';

export interface ClaimMatch {
  match?: CellRef;
  verdict: Claim['verdict'];
  reason: string;
}

const LEADING_ZEROS = /^0+/;

const NON_DIGITS = /[^\d]/g;

function significantDigits(p: ClaimPhrase): number {
  const digits = Math.abs(p.amount.value).toFixed(p.amount.decimals).replace(NON_DIGITS, '').replace(LEADING_ZEROS, '');
  return digits.length;
}

function fitOf(p: ClaimPhrase, c: CellCandidate): Fit | undefined {
  const step = 10 ** p.amount.decimals;
  const printed = Math.round(Math.abs(p.amount.value) * step);
  const cell = Math.abs(c.nok) / p.amount.unitFactor;
  const magnitudeExact = Math.round(cell * step) === printed;
  const magnitudeNear = Math.abs(cell - printed / step) <= Math.max(NEAR_SHARE * (printed / step), NEAR_STEPS / step);
  if (!magnitudeExact && !magnitudeNear) return undefined;
  const wantSign = p.kind === 'overspend' ? -1 : p.kind === 'underspend' ? 1 : p.amount.signed || p.amountNok < 0 ? Math.sign(p.amountNok) : 0;
  const directionOk = wantSign === 0 || c.nok === 0 || Math.sign(c.nok) === wantSign;
  if (!directionOk) return magnitudeExact ? 'direction' : undefined;
  return magnitudeExact ? 'exact' : 'near';
}

/** "1 234,5" — Norwegian grouping without toLocaleString (core stays locale-free). */
function formatNumber(x: number, decimals = 0): string {
  const [int = '0', frac] = Math.abs(x).toFixed(decimals).split('.');
  const grouped = int.replace(THOUSANDS_BREAKS, ' ');
  return `${x < 0 ? '-' : ''}${grouped}${frac !== undefined ? `,${frac}` : ''}`;
}

const UNIT_NAME: Record<number, string> = { 1: 'kr', 1e3: 'tusen kr', 1e6: 'mill. kr', 1e9: 'mrd. kr' };

/** "Tabell 0.1 B, F03 [Avvik 2024]: -21 991 (1000 kr) = -22,0 mill. kr" — the cell in the claim's own unit. */
function formatCell(c: CellCandidate, p: ClaimPhrase): string {
  const where = c.table.title ?? c.table.id;
  const label = c.table.rows[c.row]?.label ?? `row ${c.row + 1}`;
  const col = c.table.columns[c.column]?.label ?? `column ${c.column + 1}`;
  const unit = c.table.unit ?? 'unit not printed, read as 1000 kr';
  const inClaimUnit = formatNumber(c.nok / p.amount.unitFactor, p.amount.decimals);
  const claimUnit = UNIT_NAME[p.amount.unitFactor] ?? 'kr';
  return `${where}, ${label} [${col}]: ${formatNumber(c.value)} (${unit}) = ${inClaimUnit} ${claimUnit}`;
}

export function matchClaim(
  p: ClaimPhrase,
  site: ClaimSite,
  tables: Table[],
  candidates = cellCandidates(tables),
  areas: Map<string, string> = new Map(),
  memo = new SaidMemo(),
): ClaimMatch {
  if (p.forecast) return { verdict: 'unmatched', reason: 'a forecast, estimate or range: not compared with printed figures' };
  const score = contextScorer(site, tables, areas, memo);
  const digits = significantDigits(p);
  let best: { c: CellCandidate; fit: Fit; total: number; why: string[] } | undefined;
  for (const c of candidates) {
    const fit = fitOf(p, c);
    if (fit === undefined) continue;
    const { score: ctx, why } = score(c);
    const close = Math.abs(Math.abs(c.nok) - Math.abs(p.amountNok)) <= CLOSE_SHARE * Math.abs(p.amountNok);
    const evidence = ctx + (fit !== 'exact' && close && digits >= DISTINCT_DIGITS ? CLOSE_BONUS : 0);
    // A differing figure is the same figure only with direct evidence: its row or area named where the amount
    // stands, or a precise amount off in its last digits. A label elsewhere in a long sentence is not enough.
    const direct = why.includes(DIRECT_ROW) || why.includes(DIRECT_AREA) || (close && digits >= DISTINCT_DIGITS);
    const credible = fit === 'exact' ? evidence >= EXACT_MIN_CONTEXT || digits >= DISTINCT_DIGITS : direct && evidence >= NEAR_MIN_CONTEXT;
    if (!credible) continue;
    const total = evidence + (fit === 'exact' ? EXACT_BONUS : 0);
    if (best === undefined || total > best.total) best = { c, fit, total, why };
  }
  if (best === undefined) return { verdict: 'unmatched', reason: 'no printed deviation matches this amount and context' };
  const match: CellRef = { table: best.c.table.id, row: best.c.row, column: best.c.column };
  const because = best.why.length > 0 ? ` (${best.why.join(', ')})` : '';
  if (best.fit === 'exact') return { match, verdict: 'consistent', reason: `${formatCell(best.c, p)}, as printed${because}` };
  const how = best.fit === 'direction' ? 'has the opposite direction' : 'differs beyond rounding';
  return { match, verdict: 'inconsistent', reason: `${formatCell(best.c, p)} ${how} from the printed ${formatNumber(p.amount.value, p.amount.decimals)}${because}` };
}
