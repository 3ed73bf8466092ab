/**
 * What a report cites, from a loaded scenario: its assumptions, the documents, every number of the resolved rules
 * in force in a simulated year (pools, ratios, caps, top-up matches: the RuleSet's Dated values, each with the
 * document, clause and quoted words of its reference), who pays, the ambiguity options in force, and the note of
 * the population file. Stored in summary.json (`sources`) so a later report cites what was run.
 */
import type { Condition, Dated, Reference, Scheme } from '../policy/model';
import type { Scenario } from '../scenario/model';
import type { CitedValue, SourceReference, Sources } from '../stats/Summary';
import { toMoney } from '../stats/toMoney';
import { formatDay, yearEnd, yearStart } from '../time/day';

type Item = Sources['values'][number]['item'];

/**
 * @param populationNote the opening comment of the population file (see populationNote), or null
 * @example reportSources(loadScenarioFile('scenarios/hangzhou-2024.yaml'), null).values[1]!.reference.clause // '（三）'
 */
export function reportSources(scenario: Scenario, populationNote: string | null): Sources {
  // A value is used when its dates meet a simulated year; values in force only outside them are not cited.
  const used = (from: number, to: number) => scenario.years.some((y) => from <= yearEnd(y) && to >= yearStart(y));
  const schemes = scenario.rules.schemes.filter((s) => used(s.validFrom, s.validTo));
  return {
    assumptions: scenario.assumptions.map((a) => ({ zh: a.zh, en: a.en })),
    documents: scenario.rules.documents.map((d) => ({
      id: d.id,
      source: d.source,
      title: { zh: d.title.zh, en: d.title.en },
      level: d.level,
      status: d.status,
      validFrom: formatDay(d.validFrom),
      validTo: formatDay(d.validTo),
      reference: reference(d.reference),
      notes: d.notes.map((n) => ({ text: { zh: n.text.zh, en: n.text.en }, reference: reference(n.reference) })),
    })),
    values: schemes.flatMap((s) => schemeValues(s, used)),
    funding: schemes.map((s) => ({
      scheme: s.id,
      province: s.funding.province / 10_000,
      city: s.funding.city / 10_000,
      district: s.funding.district / 10_000,
      source: { zh: s.funding.source.zh, en: s.funding.source.en },
    })),
    options: scenario.rules.options.map((o) => ({
      key: o.key, value: o.value, isDefault: o.isDefault, label: { zh: o.label.zh, en: o.label.en }, accepts: o.accepts, reference: reference(o.reference),
    })),
    population: { file: scenario.source.population, note: populationNote },
  };
}

function schemeValues(s: Scheme, used: (from: number, to: number) => boolean): Sources['values'] {
  const head = {
    scheme: s.id, schemeLabel: { zh: s.label.zh, en: s.label.en }, item: 'scheme' as const, label: { zh: s.label.zh, en: s.label.en },
    value: null, unit: '', from: formatDay(s.validFrom), to: formatDay(s.validTo), when: condition(s.eligibility), adjusted: false,
    reference: reference(s.reference),
  };
  const rows = (item: Item, list: ReadonlyArray<Dated<number | null> & { when?: Condition }>, cited: (v: number | null) => CitedValue) =>
    list.filter((d) => used(d.from, d.to)).map((d) => ({
      scheme: s.id,
      schemeLabel: head.schemeLabel,
      item,
      label: { zh: d.label.zh, en: d.label.en },
      value: cited(d.value),
      unit: d.unit,
      from: formatDay(d.from),
      to: formatDay(d.to),
      when: condition(d.when ?? {}),
      ...(d.option === undefined ? {} : { option: d.option }),
      adjusted: d.adjusted === true,
      ...(d.published === undefined ? {} : { published: cited(d.published) }),
      reference: reference(d.reference),
    }));
  const ratios = s.kind === 'grant' ? rows('ratio', s.ratios, ratio) : rows('match', s.match, ratio);
  return [head, ...rows('pool', s.pool, money), ...ratios, ...rows('cap', s.caps, money)];
}

function money(fen: number | null): CitedValue {
  return fen === null ? { kind: 'none' } : { kind: 'money', money: toMoney(fen) };
}

function ratio(bp: number | null): CitedValue {
  if (bp === null) throw new Error('a ratio without a value');
  return { kind: 'ratio', ratio: bp / 10_000 };
}

function condition(c: Condition): Record<string, string | boolean> {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as Record<string, string | boolean>;
}

function reference(r: Reference): SourceReference {
  return {
    doc: r.doc,
    clause: r.clause,
    ...(r.quote === undefined ? {} : { quote: r.quote }),
    ...(r.crossCheck === undefined
      ? {}
      : { crossCheck: { doc: r.crossCheck.doc, clause: r.crossCheck.clause, ...(r.crossCheck.quote === undefined ? {} : { quote: r.crossCheck.quote }) } }),
  };
}
