// Given a link's URL and text, say whether it points at a report PDF and which kind. Oslo links its reports
// as PDFs with the kind in the file name or the link text ("Årsberetning 2024 (PDF, 2 MB)").

export type ReportKind = 'arsberetning' | 'budsjett' | 'regnskap' | 'tertialrapport' | 'rapport';

const KINDS: [ReportKind, RegExp][] = [
  ['arsberetning', /(å|aa|a)rsberetning|årsrapport|arsrapport/i],
  ['tertialrapport', /tertial/i],
  ['regnskap', /regnskap/i],
  ['budsjett', /budsjett|økonomiplan|okonomiplan/i],
  ['rapport', /rapport|beretning/i],
];

function isPdfUrl(url: URL): boolean {
  return /\.pdf$/i.test(url.pathname) || /[?&]format=pdf\b/i.test(url.search);
}

export interface ReportLink {
  url: string;
  title: string;
  kind: ReportKind;
}

export function classifyReportLink(href: string, text: string, base: string): ReportLink | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol) || !isPdfUrl(url)) return null;
  let file = url.pathname;
  try {
    file = decodeURIComponent(file);
  } catch {
    /* keep it encoded */
  }
  const hay = `${text} ${file}`;
  const kind = KINDS.find(([, re]) => re.test(hay))?.[0];
  if (!kind) return null;
  url.hash = '';
  const title = text.replace(/\s+/g, ' ').trim() || file.split('/').pop() || url.href;
  return { url: url.href, title, kind };
}
