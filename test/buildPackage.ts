// Builds dist/node (the CLI, the library, the worker threads) and dist/fonts before the tests, so that the tests
// that start `quansim` as a process, or render PNGs, run the code as it is now (as `npm run build:lib` does).
import { build } from 'vite';
import { buildFonts } from '../scripts/build-fonts';

export default async function setup(): Promise<void> {
  const started = Date.now();
  await build({ logLevel: 'warn', configFile: 'vite.lib.config.ts' });
  const fonts = buildFonts(true);
  console.log(`dist/node built in ${((Date.now() - started) / 1000).toFixed(1)} s; ${fonts}`);
}
