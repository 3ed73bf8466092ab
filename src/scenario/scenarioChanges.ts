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
  if (unlimited) return { zh: '不设上限', en: 'unlimited' };
  if (fen === null) return { zh: '无', en: 'none' };
  return { zh: formatMoney(fen, 'zh'), en: formatMoney(fen, 'en', { compact: true }) };
}

function percent(bp: number): string {
  return `${(bp / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
}

/** A dated list's values in order ("800万元 / 1000万元" when they differ by date or condition). */
function datedText<T>(list: readonly Dated<T>[], show: (v: T) => Bilingual): Bilingual {
  const parts = [...new Set(list.map((d) => JSON.stringify(show(d.value))))].map((j) => JSON.parse(j) as Bilingual);
  if (parts.length === 0) return { zh: '无', en: 'none' };
  return { zh: parts.map((p) => p.zh).join(' / '), en: parts.map((p) => p.en).join(' / ') };
}

function countLaw(c: CountLaw): Bilingual {
  if (c.law === 'fixed') return same(String(c.n));
  if (c.law === 'poisson') return { zh: `泊松分布，均值${c.mean}`, en: `Poisson, mean ${c.mean}` };
  return { zh: `负二项分布，均值${c.mean}，离散度${c.dispersion}`, en: `negative binomial, mean ${c.mean}, dispersion ${c.dispersion}` };
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
  const joinLabel = (a: Bilingual, b: Bilingual): Bilingual => ({ zh: `${a.zh}：${b.zh}`, en: `${a.en}: ${b.en}` });

  for (const s of base.rules.schemes) {
    const e = edited.rules.schemes.find((x) => x.id === s.id);
    if (!e) continue;
    push(`pool:${s.id}`, joinLabel(s.label, { zh: '每年资金池', en: 'yearly pool' }),
      base.unlimitedPools.includes(s.id) ? money(null, true) : datedText(s.pool, (v) => money(v)),
      edited.unlimitedPools.includes(s.id) ? money(null, true) : datedText(e.pool, (v) => money(v)));
    push(`ratio:${s.id}`, joinLabel(s.label, { zh: '补贴比例', en: 'ratios' }),
      datedText(ratiosOf(s), (v) => same(percent(v))), datedText(ratiosOf(e), (v) => same(percent(v))));
    push(`cap:${s.id}`, joinLabel(s.label, { zh: '单家企业每年上限', en: 'cap per firm a year' }),
      datedText(s.caps, (v) => money(v)), datedText(e.caps, (v) => money(v)));
  }
  for (const o of base.rules.options) {
    const e = edited.rules.options.find((x) => x.key === o.key);
    if (e) push(`option:${o.key}`, o.label, same(o.value), same(e.value));
  }
  push('firms', { zh: '企业数', en: 'firms' }, countLaw(base.population.firms), countLaw(edited.population.firms));
  for (const t of base.population.tiers) {
    const e = edited.population.tiers.find((x) => x.id === t.id);
    push(`tier:${t.id}`, joinLabel(t.label, { zh: '企业占比', en: 'share of firms' }), same(percent(t.shareBp)), same(e ? percent(e.shareBp) : '—'));
  }
  push('allocation.mechanism', { zh: '分配方式', en: 'allocation' }, same(base.allocation.mechanism), same(edited.allocation.mechanism));
  push('allocation.period', { zh: '批次周期', en: 'batch period' }, same(base.allocation.period), same(edited.allocation.period));
  push('allocation.fallback', { zh: '转由次优方案支付', en: 'fallback to the next scheme' },
    onOff(base.allocation.fallback), onOff(edited.allocation.fallback));
  push('firstYearPool', { zh: '首年资金池', en: 'first-year pool' }, same(base.firstYearPool), same(edited.firstYearPool));
  push('years', { zh: '模拟年份', en: 'years' }, same(base.years.join(', ')), same(edited.years.join(', ')));
  push('runs', { zh: '运行次数', en: 'runs' }, same(String(base.runs)), same(String(edited.runs)));
  push('seed', { zh: '随机种子', en: 'seed' }, same(base.seed), same(edited.seed));
  return out;
}

function onOff(b: boolean): Bilingual {
  return b ? { zh: '开', en: 'on' } : { zh: '关', en: 'off' };
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
  const zhList = changes.map((c) => changeLine(c, 'zh')).join('；');
  const enList = changes.map((c) => changeLine(c, 'en')).join('; ');
  return {
    ...edited,
    title: { zh: `${base.title.zh}（已修改）`, en: `${base.title.en} (edited)` },
    question: {
      zh: `与“${base.title.zh}”相比，改为${zhList}：资金池何时用完，各类企业各得多少，与原情景相差多少？`,
      en: `Compared with “${base.title.en}”, with ${enList}: when does the money run out, who gets what, and how far is that from the unedited scenario?`,
    },
    assumptions: [
      { zh: `相对原情景的修改：${zhList}。`, en: `Edited from the published scenario: ${enList}.` },
      ...edited.assumptions,
    ],
    changes,
  };
}
