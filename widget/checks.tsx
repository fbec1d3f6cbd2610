// Two badges under the title: the table's own arithmetic ("Summene stemmer" / "N avvik i tabellens egen
// regning") and, when the snapshot carries them, the report text's figures checked against the table. Each
// lists its findings on demand (a disclosure button, so keyboard and screen-reader users get the list too).

import { Component } from 'preact';
import type { Check, Claim, Table } from '../core/model.ts';
import { formatNumber, type Lang } from './format.ts';
import { checksBadge, messages } from './i18n.ts';

let nextId = 0;

interface BadgeProps {
  kind: 'ok' | 'fail' | 'none';
  label: string;
  /** What the button reveals; no button when empty. */
  items: string[];
  lang: Lang;
  name: string;
}

class Badge extends Component<BadgeProps, { open: boolean }> {
  override state = { open: false };
  #listId = `ts-list-${++nextId}`;

  override render({ kind, label, items, lang, name }: BadgeProps, { open }: { open: boolean }) {
    const m = messages(lang);
    return (
      <div class="checks" data-badge={name}>
        <span class={`badge ${kind}`} data-checks={kind}>
          <span aria-hidden="true">{kind === 'ok' ? '✓' : kind === 'fail' ? '!' : '–'}</span>
          {label}
        </span>
        {items.length > 0 ? (
          <button type="button" aria-expanded={open} aria-controls={this.#listId} onClick={() => this.setState({ open: !open })}>
            {open ? m.hideChecks : m.showChecks}
          </button>
        ) : null}
        {items.length > 0 ? (
          <ul class="failed" id={this.#listId} hidden={!open}>
            {items.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
}

export function ChecksBadge({ table, lang }: { table: Table; lang: Lang }) {
  const failed = table.checks.filter((c) => !c.ok);
  const kind = table.checks.length === 0 ? 'none' : failed.length === 0 ? 'ok' : 'fail';
  const items = failed.map((c) => describeCheck(c, table, lang));
  return <Badge name="checks" kind={kind} label={checksBadge(failed.length, table.checks.length, lang)} items={items} lang={lang} />;
}

/** The report text's figures about this table: how many agree with it, each listed with its verdict. */
export function ClaimsBadge({ table, claims, lang }: { table: Table; claims: Claim[]; lang: Lang }) {
  const m = messages(lang);
  const judged = claims.filter((c) => c.verdict !== 'unmatched');
  if (judged.length === 0) return null;
  const agree = judged.filter((c) => c.verdict === 'consistent').length;
  const items = judged.map((c) => {
    const row = c.match && c.match.table === table.id ? table.rows[c.match.row]?.label : undefined;
    return `«${c.text}»: ${c.verdict === 'consistent' ? m.claimAgrees : m.claimDisagrees}${row ? ` (${row})` : ''}`;
  });
  return <Badge name="claims" kind={agree === judged.length ? 'ok' : 'fail'} label={m.claimsBadge(agree, judged.length)} items={items} lang={lang} />;
}

export function describeCheck(c: Check, table: Table, lang: Lang): string {
  const m = messages(lang);
  const f = (n: number, signed = false) => formatNumber(n, lang, signed);
  const row = c.row !== undefined ? (table.rows[c.row]?.label ?? `#${c.row + 1}`) : '–';
  const column = c.column !== undefined ? (table.columns[c.column]?.label ?? `#${c.column + 1}`) : '–';
  const text =
    c.kind === 'sum'
      ? m.sumCheck(row, column, f(c.printed), f(c.computed), f(c.delta, true))
      : m.varianceCheck(row, f(c.printed, true), f(c.computed, true), f(c.delta, true));
  return c.expr ? `${text}. ${c.expr}` : text;
}
