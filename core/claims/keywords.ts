// The Norwegian budget language a claim is recognised by: the words that state a deviation from budget
// (merforbruk, mindreforbruk, avvik, resultat, over-/underskudd, …), the words that make an amount something
// else (a budget, a cost, a transfer, a growth), and the markers of a forecast. Every pattern is named here.

import type { ClaimKind } from '../model.ts';
import { matchesOf } from './matches.ts';
import { isLatin1Letter } from './label-similarity.ts';

export interface KeywordHit {
  start: number;
  end: number;
  /** undefined: a blocking word — the amount after it is a budget, cost, transfer … not a deviation. */
  kind?: ClaimKind;
  /** The keyword fixes the direction, so the printed sign is not part of the amount. */
  directional: boolean;
}

const L = String.raw`\p{L}`;
/** "avvik mellom regulert budsjett og regnskap (for 2024)" names a deviation, though it holds two blocking words. */
const AVVIK_MELLOM = new RegExp(
  String.raw`(?<!${L})avvik${L}*\s+mellom\s+(?:${L}+\s+){0,2}budsjett${L}*(?:\s+20\d\d)?\s+og\s+regnskap${L}*(?:\s+20\d\d)?`,
  'giu',
);
const FOR_HIGH = /(?<!\p{L})for\s+(?:høyt|høy|lavt)(?:\s+budsjettert)?(?!\p{L})/giu;
/** A part of every match of AVVIK_MELLOM, FOR_HIGH and BLOCK_PHRASE, with their flags: a text without it holds none.
 * A pattern that opens with a look-behind is tried at every position of a text, which costs more than the search
 * for a part without one (and most sentences hold none of the three). */
const MAY_AVVIK_MELLOM = /mellom/iu;
const MAY_FOR_HIGH = /for\s+(?:høyt|høy|lavt)/iu;
const MAY_BLOCK_PHRASE = /dekke?s?\s+inn/iu;
const WORD = /[\p{L}]+/gu;
/** Claim words are found inside compounds ("budsjettavvikene", "årsresultat", "merforbruket"). */
const CLAIM_STEMS: [RegExp, ClaimKind, boolean][] = [
  [/avvik/iu, 'variance', false],
  [/merforbruk|overforbruk|merutgift|underskudd/iu, 'overspend', true],
  [/mindreforbruk|underforbruk|mindreutgift|^overskudd/iu, 'underspend', true],
  [/merinntekt|mindreinntekt|inntektssvikt/iu, 'variance', false],
  [/resultat(?!enhet|indikator|mål|måling|rapport|oppnåelse|før|regnskap)/iu, 'result', false],
];
/** The shortest claim stem ("avvik") and the shortest blocking word ("økt"), in letters: a shorter word (i, og, på,
 * er …) holds neither, and is not tried. */
const MIN_CLAIM_STEM = 5;
const MIN_BLOCK_WORD = 3;
/** Any of the claim stems: most words hold none, and skip trying them one by one. */
const ANY_CLAIM_STEM = new RegExp(CLAIM_STEMS.map(([re]) => re.source).join('|'), 'iu');
/** Words that are not deviations although they contain a claim word. */
const NOT_CLAIM = /^(?:avviks?(?:melding|kommentar|forklaring|behandling|håndtering|system)\p{L}*|resultatene?)$/iu;
/** Words that make the amount after them something else: a budget, a cost, a growth, a transfer, a repayment. */
const BLOCK_WORD = new RegExp(
  String.raw`^(?:budsjett(?:ert|et|er|ramme${L}*)?|regnskap(?:et)?|kostnad${L}*|utgifte?r?(?:ne)?|inntekte?r?(?:ne)?|` +
    String.raw`økning${L}*|økte?|vekst${L}*|reduksjon${L}*|redusert${L}*|nedgang${L}*|ramme${L}*|tildel${L}*|` +
    String.raw`øremerke${L}*|ubrukte?|ubenyttede?|prosjektmidler|overfør${L}*|buffer${L}*|tilskudd${L}*|` +
    String.raw`innspar${L}*|inndekning${L}*|nedbetal${L}*|tilbakebetal${L}*|omstilling${L}*|effektiviser${L}*|kutt${L}*|` +
    String.raw`utbetal${L}*|investering${L}*|fond${L}*|lønn${L}*)$`,
  'iu',
);
const BLOCK_PHRASE = /(?<!\p{L})dekke?s?\s+inn(?!\p{L})/giu;
/** Right after an amount: "61,8 mill. i merforbruk", "43 mill. kroner over tildelt budsjettramme", "… bedre enn budsjettert". */
const FORWARD: [RegExp, ClaimKind][] = [
  [/^\s*(?:i|med)?\s*(?:netto\s+|samlet\s+)?(?:merforbruk|overforbruk|underskudd)/iu, 'overspend'],
  [/^\s*(?:i|med)?\s*(?:netto\s+|samlet\s+)?(?:mindreforbruk|underforbruk|overskudd)/iu, 'underspend'],
  [/^\s*(?:i\s+)?(?:for\s+høyt|for\s+mye|over\s+(?:tildelt\s+)?(?:budsjett|ramme)\p{L}*)/iu, 'overspend'],
  [/^\s*i\s+gjeld(?!\p{L})/iu, 'overspend'],
  [/^\s*(?:under\s+(?:tildelt\s+)?(?:budsjett|ramme)\p{L}*)/iu, 'underspend'],
  [/^\s*(?:bedre|dårligere|høyere|lavere|mer|mindre)\s+enn\s+(?:budsjett|forutsatt|regulert|planlagt)/iu, 'variance'],
];
const FORWARD_REACH = 30;
/** Right after an amount: a change from another year ("4,5 mill. høyere enn i 2023"), not the deviation itself. */
const CHANGE_AFTER = /^\s*(?:kroner\s*)?(?:(?:høyere|lavere|mer|mindre|større)\s+enn\s+(?:i\s+)?(?:fjor|20\d\d|året\s+før)|fra\s+20\d\d\s+til\s+20\d\d)/iu;
/** Between a claim word and an amount: a new clause with its own subject ("…, men brukte i tillegg 3 mill."). */
const CLAUSE_TURN = /(?<!\p{L})(?:men|mens|samtidig|dessuten|imidlertid|i\s+tillegg)(?!\p{L})/iu;

/** Before the amount in its sentence: this is an estimate or a forecast, not an outcome. */
const FORECAST = /(?<!\p{L})(?:forvent\p{L}*|prognose\p{L}*|anslå\p{L}*|anslag\p{L}*|anslagsvis|estimer\p{L}*|risiko\p{L}*|vil\s+(?:kunne\s+)?(?:få|bli|gi)|kan\s+(?:bli|få|gi)|ventes|minimum|sannsynlig\p{L}*)(?!\p{L})/iu;

function overlapsAny(hits: KeywordHit[], start: number, end: number): boolean {
  return hits.some((c) => c.start < end && start < c.end);
}

/** Start and end offsets of the words of the text keywordHits reads (its matches of WORD), two entries a word. */
const bounds: number[] = [];

/** The words (WORD) of `text` into `bounds`. A Latin-1 text (nearly all) is read off its characters: WORD with the
 * u flag, and a match array per word, cost more than all else keywordHits does. */
function wordBounds(text: string): void {
  bounds.length = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (c > 0xff) {
      bounds.length = 0;
      WORD.lastIndex = 0;
      for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) bounds.push(m.index, m.index + m[0].length);
      return;
    }
    if (isLatin1Letter(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      bounds.push(start, i);
      start = -1;
    }
  }
}

export function keywordHits(text: string): KeywordHit[] {
  const claims: KeywordHit[] = [];
  if (MAY_AVVIK_MELLOM.test(text)) for (const m of matchesOf(AVVIK_MELLOM, text)) claims.push({ start: m.index, end: m.index + m[0].length, kind: 'variance', directional: false });
  if (MAY_FOR_HIGH.test(text)) for (const m of matchesOf(FOR_HIGH, text)) claims.push({ start: m.index, end: m.index + m[0].length, kind: 'overspend', directional: true });
  const blocks: KeywordHit[] = [];
  wordBounds(text);
  for (let k = 0; k < bounds.length; k += 2) {
    const start = bounds[k]!;
    const end = bounds[k + 1]!;
    // (Each letter of a pattern matches one code point, one or two UTF-16 units: a word of fewer units has fewer.)
    if (end - start < MIN_BLOCK_WORD || overlapsAny(claims, start, end)) continue;
    const word = text.slice(start, end);
    const stem = end - start >= MIN_CLAIM_STEM && ANY_CLAIM_STEM.test(word) && !NOT_CLAIM.test(word) ? CLAIM_STEMS.find(([re]) => re.test(word)) : undefined;
    if (stem !== undefined) claims.push({ start, end, kind: stem[1], directional: stem[2] });
    else if (BLOCK_WORD.test(word)) blocks.push({ start, end, directional: false });
  }
  if (MAY_BLOCK_PHRASE.test(text)) {
    for (const m of matchesOf(BLOCK_PHRASE, text)) if (!overlapsAny(claims, m.index, m.index + m[0].length)) blocks.push({ start: m.index, end: m.index + m[0].length, directional: false });
  }
  return [...claims, ...blocks].sort((a, b) => a.start - b.start);
}

export function forwardKind(after: string): ClaimKind | undefined {
  const head = after.slice(0, FORWARD_REACH + 20);
  return FORWARD.find(([re]) => re.test(head))?.[1];
}

export function isChangeAfter(after: string): boolean {
  return CHANGE_AFTER.test(after);
}

export function turnsClause(between: string): boolean {
  return CLAUSE_TURN.test(between);
}

export function isForecast(before: string): boolean {
  return FORECAST.test(before);
}

/** "negativt resultat", "negativt budsjettavvik": the sign an undirected claim word carries. */
const NEGATIVE_BEFORE = /negative?t?\s+(?:\p{L}+\s+)?\p{L}*(?:resultat|avvik)\p{L}*[^.]*$/iu;

export function resultSign(before: string): 1 | -1 {
  return NEGATIVE_BEFORE.test(before) ? -1 : 1;
}
