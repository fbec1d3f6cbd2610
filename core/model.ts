// The Extraction contract (../shared/contract/EXTRACTION.md, version 1) and the few internal types
// every stage shares. Add fields freely; never rename or drop one of the contract's.

export type Role =
  | 'actual'
  | 'budget-original'
  | 'budget-revised'
  | 'variance'
  | 'variance-adjusted'
  | 'transferred'
  | 'change'
  | 'percent'
  | 'other';

/** PDF points, origin bottom-left: x1, y1, x2, y2. */
export type Box = [number, number, number, number];

export interface Column {
  label: string;
  role: Role;
  year?: number;
}

export type RowKind = 'item' | 'subtotal' | 'total' | 'header';

export interface Row {
  label: string;
  kind: RowKind;
  values: (number | null)[];
  boxes?: (Box | null)[];
  line?: number;
  page?: number;
}

export interface Check {
  kind: 'variance' | 'sum';
  row?: number;
  column?: number;
  printed: number;
  computed: number;
  delta: number;
  ok: boolean;
  /** Human-readable identity, e.g. "Regulert budsjett − Regnskap = Avvik". */
  expr?: string;
}

export type Direction = 'overspend' | 'underspend' | 'on-budget';

export interface Variance {
  row: number;
  budget: number;
  actual: number;
  variance: number;
  percent: number;
  direction: Direction;
  significant: boolean;
}

export interface Table {
  id: string;
  page?: number;
  line?: number;
  bbox?: Box;
  title?: string;
  unit?: string;
  grid: string[][];
  columns: Column[];
  rows: Row[];
  checks: Check[];
  variances: Variance[];
  /** Where the table continues on later pages (PDF input). */
  pages?: number[];
}

export type ClaimKind = 'overspend' | 'underspend' | 'variance' | 'result';

export interface CellRef {
  table: string;
  row: number;
  column: number;
}

export interface Claim {
  text: string;
  kind: ClaimKind;
  amountNok: number;
  page?: number;
  line?: number;
  box?: Box;
  match?: CellRef;
  verdict: 'consistent' | 'inconsistent' | 'unmatched';
  /** Why the verdict, for people: "Tabell 0.1 B, F03: −21 991 (1000 kr) ≈ 22,0 mill." */
  reason?: string;
}

export interface CrossCheck {
  a: CellRef;
  b: CellRef;
  printedA: number;
  printedB: number;
  delta: number;
  ok: boolean;
}

export interface SourceInfo {
  name: string;
  kind: 'pdf' | 'text' | 'html';
  pages?: number;
  sha256: string;
}

export interface Extraction {
  version: 1;
  source: SourceInfo;
  report?: { district?: string; year?: number; title?: string };
  tables: Table[];
  claims: Claim[];
  crossChecks: CrossCheck[];
  warnings: string[];
}

export interface EmbedSnapshot {
  version: 1;
  source: { name: string; url?: string; page?: number; sha256?: string; district?: string; year?: number };
  table: Table;
  claims?: Claim[];
}

/** One line of report text, from a text dump or rebuilt from PDF geometry. */
export interface Line {
  /** The line's text, normalised (NBSP and thin spaces → ' ', U+2212 → '-'). */
  text: string;
  /** 1-based line number in the text input; for PDF input, a running line number over the document. */
  line: number;
  page?: number;
  /** PDF input: the line's box and the boxes of its words/cells, in order, with their text. */
  box?: Box;
  cells?: { text: string; box: Box }[];
}

export interface ParseOptions {
  /** Name of the source shown in the Extraction (file name or URL). */
  name?: string;
  /** A variance is significant when |percent| ≥ this … */
  significantPercent?: number;
  /** … and |variance| ≥ this many kroner. */
  significantNok?: number;
}

export const DEFAULT_SIGNIFICANT_PERCENT = 5;
export const DEFAULT_SIGNIFICANT_NOK = 1_000_000;
