/**
 * What an edited scenario changes against its baseline (the same file unedited), as a list a person reads:
 * each change names the parameter and gives the old and the new value. One list for the page, the CLI and the
 * reports, computed from the two loaded scenarios (the parameters in force), never from the edits' text, so a
 * value the file set to what it already was is no change, and a change the loader derives (a pool given per
 * year) is listed as it runs.
 *
 *   baseline Scenario ─┐
 *                      ├─ scenarioChanges ─▶ ScenarioChange[] ─▶ editedScenario (title "… (edited)", question)
 *   edited Scenario ───┘
 */
import type { Bilingual, Lang } from '../i18n/Bilingual';
import { formatMoney } from '../i18n/formatMoney';
import { outputWords } from '../i18n/outputWords';
import { scenarioWords as W } from '../i18n/scenarioWords';
import type { Dated, GrantScheme, TopUpScheme } from '../policy/model';
import type { CountLaw } from '../population/model';
import type { Scenario } from './model';

/** One parameter that differs: its name and its old and new values, in both languages. */
export interface ScenarioChange {
  /** A stable key (e.g. `pool:hangzhou-2024.compute`), for tests and machines. */
  key: string;
  label: Bilingual;
  from: Bilingual;
  to: Bilingual;
}

const same = (s: string): Bilingual => ({ zh: s, en: s });

function money(fen: number | null, unlimited = false): Bilingual {
  if (unlimited) return W.unlimited;
  if (fen === null) return W.none;
  return { zh: formatMoney(fen, 'zh'), en: formatMoney(fen, 'en', { compact: true }) };
}

function percent(bp: number): string {
  return `${(bp / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
}

/** A dated list's values in order ("800万元 / 1000万元" when they differ by date or condition). */
function datedText<T>(list: readonly Dated<T>[], show: (v: T) => Bilingual): Bilingual {
  const parts = [...new Set(list.map((d) => JSON.stringify(show(d.value))))].map((j) => JSON.parse(j) as Bilingual);
  if (parts.length === 0) return W.none;
  return { zh: parts.map((p) => p.zh).join(' / '), en: parts.map((p) => p.en).join(' / ') };
}

function countLaw(c: CountLaw): Bilingual {
  if (c.law === 'fixed') return same(String(c.n));
  if (c.law === 'poisson') return W.poisson(String(c.mean));
  return W.negativeBinomial(String(c.mean), String(c.dispersion));
}

function ratiosOf(s: GrantScheme | TopUpScheme): Dated<number>[] {
  return s.kind === 'grant' ? s.ratios : s.match;
}

/**
 * The changes from `base` to `edited`, in the order of the form: schemes (pool, ratios, cap), options, firms,
 * tier mix, allocation, first-year pool, years, runs and seed. Empty when the two run the same parameters.
 * @param base the scenario file as published
 * @param edited the same file with the edits
 * @example scenarioChanges(base, { ...base, runs: 500 }) // [{ key: 'runs', label: {zh:'运行次数',…}, from: 2000, to: 500 }]
 */
export function scenarioChanges(base: Scenario, edited: Scenario): ScenarioChange[] {
  const out: ScenarioChange[] = [];
  const push = (key: string, label: Bilingual, from: Bilingual, to: Bilingual): void => {
    if (from.zh !== to.zh || from.en !== to.en) out.push({ key, label, from, to });
  };

  for (const s of base.rules.schemes) {
    const e = edited.rules.schemes.find((x) => x.id === s.id);
    if (!e) continue;
    push(`pool:${s.id}`, W.fieldOf(s.label, W.yearlyPool),
      base.unlimitedPools.includes(s.id) ? money(null, true) : datedText(s.pool, (v) => money(v)),
      edited.unlimitedPools.includes(s.id) ? money(null, true) : datedText(e.pool, (v) => money(v)));
    push(`ratio:${s.id}`, W.fieldOf(s.label, W.ratios),
      datedText(ratiosOf(s), (v) => same(percent(v))), datedText(ratiosOf(e), (v) => same(percent(v))));
    push(`cap:${s.id}`, W.fieldOf(s.label, W.capPerFirmYear),
      datedText(s.caps, (v) => money(v)), datedText(e.caps, (v) => money(v)));
  }
  for (const o of base.rules.options) {
    const e = edited.rules.options.find((x) => x.key === o.key);
    if (e) push(`option:${o.key}`, o.label, same(o.value), same(e.value));
  }
  push('firms', W.firms, countLaw(base.population.firms), countLaw(edited.population.firms));
  for (const t of base.population.tiers) {
    const e = edited.population.tiers.find((x) => x.id === t.id);
    push(`tier:${t.id}`, W.fieldOf(t.label, W.tierShare), same(percent(t.shareBp)), same(e ? percent(e.shareBp) : '—'));
  }
  push('allocation.mechanism', W.allocation, same(base.allocation.mechanism), same(edited.allocation.mechanism));
  push('allocation.period', W.batchPeriod, same(base.allocation.period), same(edited.allocation.period));
  push('allocation.fallback', W.fallback,
    onOff(base.allocation.fallback), onOff(edited.allocation.fallback));
  push('firstYearPool', W.firstYearPool, same(base.firstYearPool), same(edited.firstYearPool));
  push('years', W.years, same(base.years.join(', ')), same(edited.years.join(', ')));
  push('runs', W.runs, same(String(base.runs)), same(String(edited.runs)));
  push('seed', W.seed, same(base.seed), same(edited.seed));
  return out;
}

function onOff(b: boolean): Bilingual {
  return b ? W.on : W.off;
}

/** One change as a line: "杭州算力券：每年资金池 2.5亿元 → 1.5亿元". */
export function changeLine(c: ScenarioChange, lang: Lang): string {
  return `${c.label[lang]} ${c.from[lang]} → ${c.to[lang]}`;
}

/**
 * The edited scenario as it should be described: its title marked "(edited)" and a question generated from the
 * changes (the file's question describes the baseline's numbers, which no longer hold), the changes first among
 * the assumptions, and the list kept in `changes`. Returns `edited` itself when nothing changed.
 */
export function editedScenario(base: Scenario, edited: Scenario, changes = scenarioChanges(base, edited)): Scenario {
  if (changes.length === 0) return edited;
  const list: Bilingual = {
    zh: changes.map((c) => changeLine(c, 'zh')).join(outputWords.listSemicolon.zh),
    en: changes.map((c) => changeLine(c, 'en')).join(outputWords.listSemicolon.en),
  };
  return {
    ...edited,
    title: { zh: `${base.title.zh}${outputWords.edited.zh}`, en: `${base.title.en}${outputWords.edited.en}` },
    question: W.editedQuestion(base.title, list),
    assumptions: [W.editedAssumption(list), ...edited.assumptions],
    changes,
  };
}
