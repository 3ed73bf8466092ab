/**
 * The scenarios that ship with quansim (its scenarios/ folder), found from the package wherever it is installed,
 * so `quansim run hangzhou-2024` works from any folder, as a path does. Node only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The library scenario run when none is named. */
export const DEFAULT_SCENARIO_NAME = 'hangzhou-2024';

let root: string | null = null;

/**
 * The folder of quansim's package.json: the first folder above this module that holds one named quansim (this
 * module is in src/scenario/ in a checkout and in dist/node/ in the package).
 * @throws Error when there is none (a copy of the module outside its package)
 */
export function packageRoot(): string {
  if (root !== null) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'quansim') return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('quansim\'s package.json was not found above its code');
    dir = up;
  }
}

/** The names of the library scenarios (file names without .yaml), sorted. */
export function libraryScenarioNames(): string[] {
  return readdirSync(join(packageRoot(), 'scenarios')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)).sort();
}

/**
 * The file a scenario argument names, as a path relative to `cwd` (how messages show it): the file itself when it
 * exists, else the library scenario of that name (`hangzhou-2024` or `hangzhou-2024.yaml`), else the argument
 * unchanged (reading it then fails with the usual message).
 * @example scenarioPath('hangzhou-2024', '/tmp') // '../usr/lib/node_modules/quansim/scenarios/hangzhou-2024.yaml'
 */
export function scenarioPath(arg: string, cwd: string): string {
  if (existsSync(resolve(cwd, arg))) return arg;
  const name = arg.replace(/\.ya?ml$/, '');
  if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    const file = join(packageRoot(), 'scenarios', `${name}.yaml`);
    if (existsSync(file)) return relative(cwd, file) || file;
  }
  return arg;
}
