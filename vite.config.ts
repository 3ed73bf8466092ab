// The page (src/web): `npm start` builds it into dist/page/ and serves it on 127.0.0.1. Everything it needs
// (scripts, the engine in Web Workers, fonts, the scenario files) is bundled: the page works offline.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: {
    outDir: 'dist/page',
    target: 'es2022',
    // vega and vega-lite are large; one chunk for the charts is expected.
    chunkSizeWarningLimit: 2500,
    emptyOutDir: true,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 5173 },
});
