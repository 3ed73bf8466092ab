// A worker_threads entry: loads the TypeScript engine through tsx (as bin/quansim.mjs does), then serves runs.
import { register } from 'tsx/esm/api';

register();
const { serveRuns } = await import('./serveRuns.ts');
serveRuns();
