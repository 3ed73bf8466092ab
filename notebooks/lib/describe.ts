/**
 * What a notebook runs, read from the scenario files themselves (so the page never says something the files do
 * not): each scenario's title, its files (scenario, policies, population) and its assumptions, in both languages.
 */
import type { Scenario } from '../../src/index';
import { el } from './ui';

/** A list of the scenarios with their files and assumptions. */
export function scenarioTable(scenarios: readonly Scenario[]): HTMLElement {
  return el('div', { class: 'qs-scenarios' },
    el('h3', {}, '情景文件及其假设 ', el('span', { class: 'en' }, 'Scenario files and their assumptions')),
    ...scenarios.map((s) => el('details', {},
      el('summary', {}, el('b', {}, s.title.zh), ' ', el('span', { class: 'en' }, s.title.en), ' — ', el('code', {}, s.source.file)),
      el('p', {},
        ...s.source.policies.flatMap((p) => [el('code', {}, p), ' · ']),
        s.source.population ? el('code', {}, s.source.population) : el('span', {}, '(inline population)'),
        ` · seed ${s.seed} · ${s.years.join(', ')} · ${s.allocation.mechanism}`),
      el('ul', {}, ...s.assumptions.map((a) => el('li', {}, a.zh, el('br'), el('span', { class: 'en' }, a.en)))),
    )),
  );
}
