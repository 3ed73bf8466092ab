/**
 * The data files bundled with the notebooks (Vite `?raw` imports of `data/**\/*.csv`): applications and payments
 * CSVs, read in the browser (nothing is uploaded). `readDataFile("data/synthetic/applications.csv")` gives the text.
 */
import { UserError } from '../../src/index';

const raw = import.meta.glob('../../data/**/*.csv', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Path as the CLI names it (`data/synthetic/applications.csv`) → text. */
export const dataFiles: ReadonlyMap<string, string> = new Map(Object.entries(raw).map(([k, v]) => [k.slice(6), v]));

/** @throws UserError when the file is not bundled */
export function readDataFile(path: string): string {
  const text = dataFiles.get(path.replace(/^\.\//, ''));
  if (text === undefined) throw new UserError('file.missing', { zh: `没有这个文件：${path}`, en: `No such file: ${path}` }, { file: path });
  return text;
}
