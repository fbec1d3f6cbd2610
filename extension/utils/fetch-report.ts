// Fetch a report's bytes: the one network request Tallsjekk makes. oslo.kommune.no is a host permission;
// any other site needs the optional permission, asked for when the user chooses to analyse a PDF there.

import { browser } from 'wxt/browser';

export class NeedsPermissionError extends Error {
  constructor(readonly origin: string) {
    super(`Tallsjekk needs permission to read ${origin}`);
    this.name = 'NeedsPermissionError';
  }
}

export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** Asks for the site (call from a click handler: browsers require a user gesture). */
export function requestSite(url: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(url)] });
}

export async function fetchReport(url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'omit', ...(signal ? { signal } : {}) });
  } catch (e) {
    const granted = await browser.permissions.contains({ origins: [originPattern(url)] }).catch(() => true);
    if (!granted) throw new NeedsPermissionError(new URL(url).origin);
    throw e;
  }
  if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`.trim());
  return res.arrayBuffer();
}

export async function sha256OfBytes(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
