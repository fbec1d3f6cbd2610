// The words of the src path (fetching, parsing, choosing a table), in the lazy chunk with the code that
// says them, so the first script carries only what an inline snapshot needs.

import type { Lang } from './format.ts';

const list = (names: string[]) => (names.length > 6 ? [...names.slice(0, 6), '…'] : names).map((n) => `«${n}»`).join(', ');

const nb = {
  fetching: (host: string) => `Henter rapporten fra ${host} …`,
  parsing: () => 'Leser rapporten …',
  readingPages: (done: number, total: number) => `Leser rapporten: side ${done} av ${total} …`,
  unknownTable: (query: string, known: string[]) =>
    `Fant ingen tabell «${query}» i rapporten.` + (known.length ? ` Tabeller som finnes: ${list(known)}.` : ' Rapporten har ingen tabeller Tallsjekk kunne lese.'),
  noTableAttr: (known: string[]) => `Velg en tabell med table-attributtet. Tabeller som finnes: ${list(known)}.`,
  badUrl: (src: string) => `«${src}» er ikke en http- eller https-adresse til en rapport.`,
  unreachable: (host: string) =>
    `Kunne ikke hente rapporten fra ${host}. Nettstedet tillater kanskje ikke at andre sider leser filen (CORS), eller adressen er feil. Bruk en innebygd tabell fra Tallsjekk-utvidelsen i stedet.`,
  httpStatus: (host: string, status: number) => `${host} svarte med feilkode ${status} da rapporten ble hentet.`,
  notPdf: () => 'Adressen i src gir ikke en PDF-fil.',
  workerFailed: () => 'Denne siden tillater ikke at Tallsjekk leser PDF-en i bakgrunnen. Bruk en innebygd tabell i stedet.',
  parseFailed: (detail: string) => `Rapporten kunne ikke leses: ${detail}`,
};

export type RemoteMessages = typeof nb;

const en: RemoteMessages = {
  fetching: (host) => `Fetching the report from ${host} …`,
  parsing: () => 'Reading the report …',
  readingPages: (done, total) => `Reading the report: page ${done} of ${total} …`,
  unknownTable: (query, known) =>
    `No table “${query}” in the report.` + (known.length ? ` Tables found: ${list(known)}.` : ' Tallsjekk found no tables in the report.'),
  noTableAttr: (known) => `Choose a table with the table attribute. Tables found: ${list(known)}.`,
  badUrl: (src) => `“${src}” is not an http or https address of a report.`,
  unreachable: (host) =>
    `Could not fetch the report from ${host}. The site may not allow other pages to read it (CORS), or the address is wrong. Embed a table from the Tallsjekk extension instead.`,
  httpStatus: (host, status) => `${host} answered with error ${status} when fetching the report.`,
  notPdf: () => 'The src address does not return a PDF file.',
  workerFailed: () => 'This page does not let Tallsjekk read the PDF in the background. Embed a table instead.',
  parseFailed: (detail) => `The report could not be read: ${detail}`,
};

export function remoteMessages(lang: Lang): RemoteMessages {
  return lang === 'en' ? en : nb;
}
