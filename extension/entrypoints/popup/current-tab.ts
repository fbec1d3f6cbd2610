// The reports of the current tab: the links the content script found, the HTML report page itself, or the
// tab's own URL when it shows a PDF. `?tabId=` names the tab explicitly (the report view and tests use it).

import { browser } from 'wxt/browser';
import type { ListReportsReply, Message } from '../../utils/messaging.ts';
import { classifyReportLink, type ReportLink } from '../../utils/report-links.ts';

export async function currentTabReports(): Promise<ListReportsReply & { tabUrl?: string }> {
  const param = new URLSearchParams(location.search).get('tabId');
  const tab = param ? await browser.tabs.get(Number(param)) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab?.id) return { reports: [] };
  const tabUrl = tab.url;
  try {
    const reply = (await browser.tabs.sendMessage(tab.id, { type: 'tallsjekk:list-reports' } satisfies Message)) as ListReportsReply | undefined;
    if (reply) return { ...reply, ...(tabUrl ? { tabUrl } : {}) };
  } catch {
    /* no content script on this page (not oslo.kommune.no, or the browser's PDF viewer) */
  }
  if (tabUrl && /\.pdf($|[?#])/i.test(tabUrl)) {
    const asReport: ReportLink = classifyReportLink(tabUrl, tab.title ?? '', tabUrl) ?? {
      url: tabUrl,
      title: tab.title || tabUrl,
      kind: 'rapport',
    };
    return { reports: [asReport], tabUrl };
  }
  return { reports: [], ...(tabUrl ? { tabUrl } : {}) };
}
