import { DEFAULT_MAX_MEMORY_MB, estimateMemory } from './estimateMemory';
import { UserError } from '../errors/UserError';
import type { Bilingual } from '../i18n/Bilingual';
import { messages } from '../i18n/messages';
import { outputWords } from '../i18n/outputWords';
import { scenarioWords } from '../i18n/scenarioWords';
import { loadYaml } from '../yaml/loadYaml';
import type { FileKind } from '../yaml/fileKinds';
import { loadScenario } from './loadScenario';
import { populationFileSchema, scenarioSchema } from './scenarioSchema';

/**
 * Scenario files start with `scenario:` and population files with `population:`; `quansim validate` checks them
 * (a scenario together with the policy and population files it names, read from disk: Node only) and
 * `quansim schema` describes them.
 */
export const scenarioFileKind: FileKind = {
  key: 'scenario',
  name: 'scenario',
  schema: scenarioSchema,
  check: (text, file, readFile, opts): Bilingual => {
    const s = loadScenario(text, file, readFile);
    // what `run` would refuse before it starts (with one worker: the least a run can need)
    const mb = Math.ceil(estimateMemory(s, 1).totalBytes / 1024 / 1024);
    const limitMb = opts?.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB;
    if (mb > limitMb) {
      const e = estimateMemory(s, 1);
      throw new UserError('memory.limit', messages.memoryAboveLimit({
        mb, limitMb, applications: Math.round(e.applications), firms: Math.round(e.firms), workers: 1, runs: s.runs,
        perWorkerMb: Math.ceil(e.perWorkerBytes / 1024 / 1024), rowsMb: Math.ceil(e.rowBytes / 1024 / 1024),
      }), { file });
    }
    const years = outputWords.listed(s.years);
    return scenarioWords.scenarioChecked(s.id, years, String(s.rules.schemes.length), String(s.population.tiers.length), s.allocation.mechanism, String(s.runs));
  },
};

export const populationFileKind: FileKind = {
  key: 'population',
  name: 'population',
  schema: populationFileSchema,
  check: (text, file): Bilingual => {
    const p = loadYaml(text, file, populationFileSchema).population;
    return scenarioWords.populationChecked(String(p.tiers.length));
  },
};
