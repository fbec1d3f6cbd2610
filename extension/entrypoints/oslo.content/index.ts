import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import type { Extraction } from '../../../core/model.ts';
import type { ListReportsReply, Message, ParseHtmlReply } from '../../utils/messaging.ts';
import { markReportLinks } from './link-buttons.ts';
import { pageToText, looksLikeReportPage } from './page-text.ts';
import { drawInlineMarks } from './inline-marks.ts';

// oslo.kommune.no only. The e2e build (`wxt build --mode e2e`) adds the local mock site on 127.0.0.1, so
// the store build never asks for more than the city's hosts (match patterns cannot name a port).
const TEST_MATCHES = import.meta.env.MODE === 'e2e' ? ['http://127.0.0.1/*'] : [];

export default defineContentScript({
  matches: ['https://www.oslo.kommune.no/*', 'https://*.oslo.kommune.no/*', ...TEST_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const open = (url: string) => void browser.runtime.sendMessage({ type: 'tallsjekk:open-report', url } satisfies Message);
    let reports = markReportLinks(document, open);
    let page: ListReportsReply['page'];

    const observer = new MutationObserver(() => {
      reports = markReportLinks(document, open);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());

    browser.runtime.onMessage.addListener((msg: unknown, _sender, sendResponse) => {
      if ((msg as Message | null)?.type !== 'tallsjekk:list-reports') return undefined;
      sendResponse({ reports, ...(page ? { page } : {}) } satisfies ListReportsReply);
      return undefined;
    });

    if (!looksLikeReportPage(document)) return;
    const { text, blocks } = pageToText(document);
    const request: Message = { type: 'tallsjekk:parse-html', text, name: location.href };
    void (browser.runtime.sendMessage(request) as Promise<ParseHtmlReply>).then((reply) => {
      if (!reply?.ok || ctx.isInvalid) return;
      const extraction: Extraction = reply.extraction;
      page = { url: location.href, title: document.title, extraction };
      observer.disconnect(); // our own marks are DOM changes too
      drawInlineMarks(document, blocks, extraction);
      observer.observe(document.body, { childList: true, subtree: true });
    });
  },
});
