// The worker_threads entry when quansim runs from its TypeScript sources (tests, scripts under tsx): registers tsx,
// then serves runs. The package runs the built dist/node/worker.js instead; this file is not shipped.
import { register } from 'tsx/esm/api';

register();
await import('./workerMain.ts');
