import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Extension build (Chrome MV3 and Firefox). The widget has its own build: widget/vite.config.ts.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  publicDir: 'extension/public',
  imports: false,
  // Manifest V3 for Firefox too (WXT defaults Firefox to MV2, which would drop optional_host_permissions).
  manifestVersion: 3,
  // Module workers (the parse worker imports pdf.js as a module), not Vite's default IIFE bundle.
  vite: () => ({ plugins: [preact()], worker: { format: 'es' } }),
  manifest: ({ browser }) => ({
    name: 'Tallsjekk',
    description: 'Viser hva tallene i Oslo kommunes årsberetninger sier: tabeller, avvik og regnestykker som ikke går opp.',
    default_locale: 'nb',
    permissions: ['storage', 'activeTab'],
    host_permissions: ['https://www.oslo.kommune.no/*', 'https://*.oslo.kommune.no/*'],
    optional_host_permissions: browser === 'firefox' ? ['*://*/*'] : ['https://*/*', 'http://*/*'],
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'tallsjekk@tallsjekk.no', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
