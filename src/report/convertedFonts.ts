/**
 * Where the PNG renderer finds its TrueType fonts: dist/fonts/ in quansim's own package, written by the build
 * (scripts/build-fonts.ts) from the package's WOFF files. Nothing is converted or cached at run time. Node only.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packageRoot } from '../scenario/libraryScenarios.node.js';

/** The converted file's name of a WOFF file of @fontsource/noto-sans-sc. */
export function convertedFontName(woffPath: string): string {
  return basename(woffPath).replace(/\.woff$/, '.ttf');
}

/**
 * The TrueType file the build made from `woffPath`.
 * @throws Error naming the missing file and the command that makes it (a checkout that was never built)
 */
export function convertedFont(woffPath: string): string {
  const file = join(packageRoot(), 'dist', 'fonts', convertedFontName(woffPath));
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build (npm install does) to convert the fonts`);
  return file;
}
