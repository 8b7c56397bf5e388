import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from out/renderer by Electron (file/custom protocol) and by the browser-mode server.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../out/renderer', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2_000 },
});
