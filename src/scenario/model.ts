/**
 * A scenario after loading, validation and normalisation: everything a run needs, as plain data that can be
 * posted to a worker (no functions, no class instances).
 */
import type { AllocationModel } from '../allocation/model';
import type { Bilingual } from '../i18n/Bilingual';
import type { RuleSet } from '../policy/model';
import type { PopulationModel } from '../population/model';
import type { ScenarioChange } from './scenarioChanges';

export interface Scenario {
  id: string;
  title: Bilingual;
  /** What question the scenario answers. */
  question: Bilingual;
  /** What it assumes and why, one item each. */
  assumptions: Bilingual[];
  /** The scenario file, the policy files it loaded and its population file (null when inline). */
  source: { file: string; policies: string[]; population: string | null };
  rules: RuleSet;
  /** Calendar years simulated, in order; caps and pools reset each year (每年). */
  years: number[];
  /**
   * A scheme that starts mid-year (2024-08-19, 2025-05-31): `full` gives it its whole yearly pool in that first year,
   * `prorated` the share of the year it is in force (docs/sources.md, ambiguity 6).
   */
  firstYearPool: 'full' | 'prorated';
  allocation: AllocationModel;
  population: PopulationModel;
  /** Scheme ids whose pool the scenario declares unlimited (no pool is published and none is assumed). */
  unlimitedPools: string[];
  runs: number;
  seed: string;
  /** What an edit changed against the scenario file as published (absent when unedited): see scenarioChanges. */
  changes?: ScenarioChange[];
}
