/**
 * The scenario and policy files of the project, bundled into the page at build time, so that the page reads
 * them as the CLI reads the disk (loadScenario's `readFile`) and works offline.
 */
import { UserError } from '../errors/UserError';
import type { Bilingual } from '../i18n/Bilingual';
import { messages } from '../i18n/messages';
import { parseYaml } from '../yaml/parseYaml';

const raw = import.meta.glob('/scenarios/**/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Path relative to the project root (`scenarios/hangzhou-2024.yaml`) → text. */
export const bundledFiles: ReadonlyMap<string, string> = new Map(
  Object.entries(raw).map(([k, v]) => [k.replace(/^\//, ''), v]),
);

/** The scenario the page opens on (issue 4: Hangzhou 2024 算力券). */
export const DEFAULT_SCENARIO = 'scenarios/hangzhou-2024.yaml';

/** A built-in scenario for the picker. */
export interface BuiltinScenario {
  file: string;
  id: string;
  title: Bilingual;
}

/**
 * The bundled files that are scenarios (top-level key `scenario:`), the default first, then by file name.
 * A file whose YAML cannot be read is still listed (under its file name) so that choosing it shows its errors.
 */
export function builtinScenarios(files: ReadonlyMap<string, string> = bundledFiles): BuiltinScenario[] {
  const out: BuiltinScenario[] = [];
  for (const [file, text] of files) {
    const parsed = parseYaml(text, file);
    const v = parsed.value as { scenario?: { id?: unknown; title?: { zh?: unknown; en?: unknown } } } | undefined;
    if (parsed.fatal) {
      if (!file.includes('/policies/')) out.push({ file, id: file, title: { zh: file, en: file } });
      continue;
    }
    if (!v || typeof v !== 'object' || !('scenario' in v)) continue;
    const s = v.scenario ?? {};
    const zh = typeof s.title?.zh === 'string' ? s.title.zh : file;
    const en = typeof s.title?.en === 'string' ? s.title.en : file;
    out.push({ file, id: typeof s.id === 'string' ? s.id : file, title: { zh, en } });
  }
  return out.sort((a, b) => Number(b.file === DEFAULT_SCENARIO) - Number(a.file === DEFAULT_SCENARIO) || a.file.localeCompare(b.file));
}

/**
 * Reads a bundled file for loadScenario. A user's own file is not in scenarios/, so a path that is not found
 * is also tried under scenarios/ (its `policies/x.yaml` then means the project's scenarios/policies/x.yaml).
 * @throws UserError naming the path when there is no such file
 */
export function readBundled(path: string, files: ReadonlyMap<string, string> = bundledFiles): string {
  const clean = path.replace(/^(\.\/|\/)+/, '');
  const text = files.get(clean) ?? files.get(`scenarios/${clean}`);
  if (text === undefined) throw new UserError('file.missing', messages.fileMissing(), { file: path });
  return text;
}
