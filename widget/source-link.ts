// Given an embed snapshot, return the source line's text and link: the report at its page ("…pdf#page=12").
// Only http(s) URLs become links, so a pasted "javascript:" URL is shown as text and never followed.

import type { EmbedSnapshot } from '../core/model.ts';

export interface SourceLine {
  name: string;
  page?: number;
  href?: string;
}

export function sourceLine(snapshot: EmbedSnapshot, base?: string): SourceLine {
  const page = snapshot.source.page ?? snapshot.table.page;
  const line: SourceLine = { name: snapshot.source.name };
  if (page !== undefined && Number.isInteger(page) && page > 0) line.page = page;
  const href = safeUrl(snapshot.source.url, base);
  if (href) {
    href.hash = line.page ? `page=${line.page}` : href.hash;
    line.href = href.href;
  }
  return line;
}

function safeUrl(url: string | undefined, base: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    const parsed = base ? new URL(url, base) : new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}
