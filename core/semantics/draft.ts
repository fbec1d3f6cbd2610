// A table as a front end (text or PDF geometry) found it: cells split, values read, nothing interpreted yet.
// `finishTable` (finish-table.ts) turns it into a contract Table: column roles and years, row kinds,
// arithmetic checks and variances. Both front ends feed this one stage.

import type { Box } from '../model.ts';

export interface DraftRow {
  label: string;
  /** One entry per value column; null = empty cell. */
  values: (number | null)[];
  /** The cells as printed (label cell first is NOT included; one string per value column). */
  cells?: string[];
  boxes?: (Box | null)[];
  line?: number;
  page?: number;
  /** Printed in bold (PDF input): a hint for sum rows. */
  bold?: boolean;
}

export interface DraftTable {
  title?: string;
  /** Unit as printed near the table ("Tall i 1000 kr", "i mill. kroner"); normalised by finishTable. */
  unitText?: string;
  page?: number;
  pages?: number[];
  line?: number;
  bbox?: Box;
  /** One header label per value column, header lines joined with spaces ("Avvik reg.bud/regnskap 2024"). */
  columnLabels: string[];
  /** Header text above the label column, if any ("Netto driftsutgifter"). */
  labelHeader?: string;
  rows: DraftRow[];
  /** The table as printed: header rows then body rows, label cell first. Built from rows when absent. */
  grid?: string[][];
}
