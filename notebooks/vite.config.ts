// The research notebooks (notebooks/*.html, Observable Notebook Kit's file format) built and served by Vite with
// Notebook Kit's plugin. `npm run notebooks` serves them for editing (a save re-runs the notebook in the browser);
// the browser tests build them into notebooks/dist/ and execute every one in chromium (test/browser/notebooks.test.ts).
// Cells import npm packages by bare name and quansim by path (../src/index), so everything is bundled from
// node_modules and the project: no cell reaches a CDN, and the notebooks work offline.
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config, observable } from '@observablehq/notebook-kit/vite';
import { defineConfig } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));

/** Every notebook: the .html files of notebooks/ (index.html lists the others). */
export const NOTEBOOKS = readdirSync(root).filter((f) => f.endsWith('.html') && f !== 'template.html').sort();

export default defineConfig({
  ...config(),
  root,
  plugins: [observable({ template: resolve(root, 'template.html') })],
  build: {
    outDir: resolve(root, '../dist/notebooks'),
    emptyOutDir: true,
    target: 'es2022',
    // vega, vega-lite and the engine make one large chunk; that is expected.
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: NOTEBOOKS.map((f) => resolve(root, f)) },
  },
  server: { host: '127.0.0.1', port: 5175 },
  preview: { host: '127.0.0.1', port: 5175 },
});
