import type { Bilingual } from '../i18n/Bilingual';
import { dataWords } from '../i18n/dataWords';
import { resolveRelative } from '../yaml/resolveRelative';
import type { FileKind } from '../yaml/fileKinds';
import { loadResamplePopulation, resampleFileSchema } from './resamplePopulation';

/**
 * Resample files start with `resample:` (src/data/resamplePopulation.ts); `quansim validate` reads them with the
 * applications files they name, and a scenario's `populationFile:` may name one.
 */
export const resampleFileKind: FileKind = {
  key: 'resample',
  name: 'resample',
  schema: resampleFileSchema,
  check: (text, file, readFile): Bilingual => {
    const p = loadResamplePopulation(text, file, (name) => {
      const path = resolveRelative(file, name);
      return { text: readFile(path), path };
    });
    const n = p.resample?.templates.length ?? 0;
    return dataWords.resampleChecked(String(n), String(p.tiers.length));
  },
};
