// Builds <tallsjekk-widget> in library mode into .output/widget (never touches the rest of .output/):
//   default mode → tallsjekk-widget.js (ES module) + lazy chunks beside it (tallsjekk-chart.js, tallsjekk-remote.js, assets/)
//   --mode iife  → tallsjekk-widget.iife.js (classic script); its lazy parts import the ES chunks above at run time,
//                  so `npm run build:widget` runs the ES build first.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    root: here('.'),
    publicDir: false,
    // Asset URLs (the parse worker) relative to the script that asks for them, wherever the widget is hosted.
    base: './',
    plugins: [
      preact({ devtoolsInProd: false, prefreshEnabled: false }),
      {
        name: 'tallsjekk-demo-page',
        apply: 'build',
        // The demo page sits beside the scripts so it can load ./tallsjekk-widget.js.
        generateBundle() {
          if (!iife) this.emitFile({ type: 'asset', fileName: 'demo.html', source: readFileSync(here('./demo.html'), 'utf8') });
        },
      },
    ],
    define: { __TALLSJEKK_IIFE__: JSON.stringify(iife) },
    worker: { format: 'es' },
    build: {
      outDir: here('../.output/widget'),
      emptyOutDir: !iife,
      target: 'es2022',
      copyPublicDir: false,
      reportCompressedSize: false,
      minify: true,
      modulePreload: false,
      lib: {
        entry: here('./index.ts'),
        name: 'TallsjekkWidget',
        formats: [iife ? 'iife' : 'es'],
        fileName: () => (iife ? 'tallsjekk-widget.iife.js' : 'tallsjekk-widget.js'),
      },
      rolldownOptions: {
        output: {
          chunkFileNames: 'tallsjekk-[name].js',
          // Vite keeps whitespace in ES library output for downstream bundlers; this file ships as is.
          minify: true,
          comments: { annotation: false, jsdoc: false, legal: true },
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  };
});
