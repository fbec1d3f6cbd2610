import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { parseReportText } from '../../core/index.ts';
import { reportViewPath, type Message, type ParseHtmlReply } from '../utils/messaging.ts';

// The service worker opens the report view for a link button, and parses the text of HTML report pages for
// the content script (pure TypeScript, off the page's main thread). PDFs are parsed in a Web Worker that
// extension pages start: a Manifest V3 service worker cannot start workers.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    const msg = raw as Message | null;
    if (msg?.type === 'tallsjekk:open-report') {
      const index = sender.tab?.index;
      void browser.tabs.create({ url: browser.runtime.getURL(reportViewPath(msg.url) as '/report.html'), ...(index !== undefined ? { index: index + 1 } : {}) });
      return undefined;
    }
    if (msg?.type === 'tallsjekk:parse-html') {
      let reply: ParseHtmlReply;
      try {
        // The content script already turned the page into lines (it keeps which element each came from).
        const extraction = parseReportText(msg.text, { name: msg.name, kind: 'text' });
        reply = { ok: true, extraction: { ...extraction, source: { ...extraction.source, kind: 'html' } } };
      } catch (e) {
        reply = { ok: false, message: String((e as Error)?.message ?? e) };
      }
      sendResponse(reply);
      return undefined;
    }
    return undefined;
  });
});
