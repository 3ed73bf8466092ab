// Builds the page into dist/page/ once before the browser tests (the tests serve the built page, as `npm start` does).
import { build } from 'vite';

export default async function setup(): Promise<void> {
  const started = Date.now();
  await build({ logLevel: 'warn', configFile: 'vite.config.ts' });
  console.log(`page built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
