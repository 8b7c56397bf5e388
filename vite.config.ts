import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { LEFT_OUT_NAMESPACES } from './renderer/i18n/leftOutNamespaces';
import { pageStartEntryPlugin } from './scripts/pageStartEntryPlugin.mjs';
import { uiCatalogsPlugin } from './scripts/uiCatalogsPlugin.mjs';

// The renderer is served from out/renderer by Electron (file/custom protocol) and by the browser-mode server.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), uiCatalogsPlugin(import.meta.dirname, LEFT_OUT_NAMESPACES, 'fr'), pageStartEntryPlugin(path.resolve(import.meta.dirname, 'renderer/pageStart.ts'))],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2_000,
    // A stable name so that the first-paint bench can count the interface language's catalogue.
    rollupOptions: { output: { chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes('virtual:ui-catalogs/') ? 'assets/ui-catalogs-[name]-[hash].js' : 'assets/[name]-[hash].js') } },
  },
});
