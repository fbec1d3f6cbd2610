// Given report lines and the tables read from them, return every claim the prose makes about a deviation
// from budget, each matched to the printed cell it talks about (or not) with a verdict and a reason.
// Finding is driven by the language (find-phrases.ts); matching by what a reader sees (match-claims.ts).

import type { Claim, Line, ParseOptions, Table } from '../model.ts';
import { cellCandidates } from './cell-candidates.ts';
import { SaidMemo, type ClaimSite } from './claim-context.ts';
import { findClaimPhrases } from './find-phrases.ts';
import { matchClaim } from './match-claims.ts';
import { phraseBox } from './phrase-box.ts';
import { tableAreas } from './table-area.ts';

/** `areas`: tableAreas(tables, lines), when the caller has it already (the cross-checks use it too). */
export function extractClaims(lines: Line[], tables: Table[], _options?: ParseOptions, areas: Map<string, string> = tableAreas(tables, lines)): Claim[] {
  const candidates = cellCandidates(tables);
  const memo = new SaidMemo();
  return findClaimPhrases(lines).map((p) => {
    const first = lines[p.lineIndex];
    const line = first?.line ?? p.lineIndex + 1;
    const site: ClaimSite = { sentence: p.sentence, clause: p.clause, line };
    if (first?.page !== undefined) site.page = first.page;
    const m = matchClaim(p, site, tables, candidates, areas, memo);
    const claim: Claim = { text: p.text, kind: p.kind, amountNok: p.amountNok, line, verdict: m.verdict, reason: m.reason };
    if (first?.page !== undefined) claim.page = first.page;
    const box = phraseBox(p, lines);
    if (box !== undefined) claim.box = box;
    if (m.match !== undefined) claim.match = m.match;
    return claim;
  });
}
