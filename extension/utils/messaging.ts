// Messages between the content script, the popup and the service worker. Plain JSON only.

import type { Extraction } from '../../core/model.ts';
import type { ReportLink } from './report-links.ts';

export type Message =
  | { type: 'tallsjekk:list-reports' }
  | { type: 'tallsjekk:open-report'; url: string }
  | { type: 'tallsjekk:parse-html'; text: string; name: string };

export interface ListReportsReply {
  reports: ReportLink[];
  /** The page itself is an HTML report the content script analysed. */
  page?: { url: string; title: string; extraction: Extraction };
}

export type ParseHtmlReply = { ok: true; extraction: Extraction } | { ok: false; message: string };

export function reportViewPath(src?: string): string {
  return src ? `/report.html?src=${encodeURIComponent(src)}` : '/report.html';
}
