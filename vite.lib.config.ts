// The package's Node and library build: `npm run build` writes dist/node/ (ES modules, dependencies left as imports):
//   index.js    'quansim'       the browser-safe API (src/index.ts)
//   node.js     'quansim/node'  the same plus worker threads, files and library scenarios (src/node.ts)
//   cli.js      the command line (package.json's bin)
//   worker.js   a worker thread of the scheduler (src/scheduler/node/workerMain.ts)
//   webWorker.js  a Web Worker of the scheduler, for 'quansim' in a browser (src/scheduler/webWorkerMain.ts)
// with shared chunks beside them. Vite (Rolldown) in SSR mode, the tool that already builds the page: it keeps
// dependencies external, splits chunks at dynamic imports (the CLI loads a command's code only when it runs), and
// needs no second bundler. Type declarations come from tsc (tsconfig.build.json).
import { builtinModules } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };

const deps = Object.keys(pkg.dependencies ?? {});

/**
 * In the sources (and the page, which Vite builds as a whole) a Web Worker starts from webWorkerMain.ts; in the
 * package it starts from the built webWorker.js beside index.js (a bundler of the package's user follows the
 * `new Worker(new URL(…, import.meta.url))` pattern from there).
 */
const builtWebWorker: Plugin = {
  name: 'quansim-built-web-worker',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('/src/scheduler/webWorkers.ts')) return null;
    const out = code.replace(/new URL\((['"])\.\/webWorkerMain\.ts\1, import\.meta\.url\)/, "new URL('./webWorker.js', import.meta.url)");
    if (out === code) throw new Error('webWorkers.ts no longer starts its worker as this build expects');
    return out;
  },
};

export default defineConfig({
  publicDir: false,
  plugins: [builtWebWorker],
  build: {
    ssr: true,
    outDir: 'dist/node',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: {
        index: 'src/index.ts',
        node: 'src/node.ts',
        cli: 'src/cli/main.ts',
        worker: 'src/scheduler/node/workerMain.ts',
        webWorker: 'src/scheduler/webWorkerMain.ts',
      },
      external: (id) => id.startsWith('node:') || builtinModules.includes(id) || deps.some((d) => id === d || id.startsWith(`${d}/`)),
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
      },
    },
  },
});
