// Loads the lazy parts: chart.js (only when a chart is shown) and the PDF path (only with `src`).
// The ES build lets the bundler split them into tallsjekk-chart.js / tallsjekk-remote.js. The classic-script
// build cannot split, so it imports those same ES chunks from beside its own file at run time.

declare const __TALLSJEKK_IIFE__: boolean;

type ChartModule = typeof import('./chart.ts');
type RemoteModule = typeof import('./remote.ts');

// Captured while the classic script runs; null in the ES build and after load.
const scriptUrl = __TALLSJEKK_IIFE__ ? ((document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI) : '';

export function loadChart(): Promise<ChartModule> {
  if (__TALLSJEKK_IIFE__) return import(/* @vite-ignore */ new URL('./tallsjekk-chart.js', scriptUrl).href) as Promise<ChartModule>;
  return import('./chart.ts');
}

export function loadRemote(): Promise<RemoteModule> {
  if (__TALLSJEKK_IIFE__) return import(/* @vite-ignore */ new URL('./tallsjekk-remote.js', scriptUrl).href) as Promise<RemoteModule>;
  return import('./remote.ts');
}
