import type { Bilingual } from '../i18n/Bilingual';
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
    return {
      zh: `重抽样企业群体：${n} 个企业年度，${p.tiers.length} 类企业`,
      en: `resampled population: ${n} firm-years, ${p.tiers.length} tiers`,
    };
  },
};
