/**
 * Share and reproduce: the link (the whole page state is in it), the CLI command that gives the same numbers for
 * each scenario, the edited YAML to save first when the scenario is not a project file as it stands, and
 * summary.json of each scenario (written by src/output summaryJson, as `quansim run --format json` writes it).
 */
import { summaryJson } from '../output/summaryJson';
import type { App, RunResult } from './App';
import { cliCommand, compareCommand } from './cliCommand';
import { el } from './dom';
import { download } from './download';
import { scenarioColor } from './palette';
import { strings } from '../i18n/pageStrings';
import { usesUserFiles } from './userFiles';

/** Draws the share card for the last run. */
export function sharePanel(app: App, r: RunResult): HTMLElement {
  const lang = app.lang;
  const copy = el('button', {
    type: 'button', class: 'btn small', 'data-testid': 'copy-link',
    onclick: () => {
      void navigator.clipboard?.writeText(location.href).then(() => { copy.textContent = strings.copied[lang]; }, () => undefined);
    },
  }, strings.copyLink[lang]);
  const items = r.slots.map((l, i) => {
    const scenario = r.scenarios[i]!;
    // With runs: auto the main scenario's runs were chosen as `--runs auto` chooses them; the others ran as many.
    const cmd = cliCommand(l.file, l.custom, scenario.id, i === 0 && r.convergence ? 'auto' : r.runs, r.seed, lang);
    const summary = r.summaries[i]!;
    const base = cmd.saveAs ? cmd.saveAs.split('/').pop()!.replace(/\.yaml$/, '') : scenario.id;
    return el('div', { class: 'share-item', 'data-testid': `share-${i}` },
      el('h3', { style: 'font-size:14px;margin-top:10px' },
        el('span', { class: 'swatch', style: `background:${scenarioColor(i)};margin-right:8px` }), scenario.title[lang]),
      el('p', { class: 'small' }, cmd.saveAs ? strings.cliEditedHelp(cmd.saveAs)[lang] : strings.cliHelp[lang]),
      el('pre', { 'data-testid': `cli-${i}` }, cmd.command),
      el('div', { class: 'btns' },
        cmd.saveAs
          ? el('button', { type: 'button', class: 'btn small', 'data-testid': `yaml-${i}`, onclick: () => download(cmd.saveAs!.split('/').pop()!, l.text, 'application/yaml;charset=utf-8') }, strings.downloadYaml[lang])
          : null,
        el('button', {
          type: 'button', class: 'btn small', 'data-testid': `summary-${i}`,
          onclick: () => download(`${base}-summary.json`, summaryJson(summary), 'application/json'),
        }, strings.exportSummary[lang]),
      ),
    );
  });
  const files = r.slots.map((l, i) => cliCommand(l.file, l.custom, r.scenarios[i]!.id, r.runs, r.seed).saveAs ?? l.file);
  return el('section', { class: 'card share', 'data-testid': 'share' },
    el('h2', {}, strings.share[lang]),
    el('p', { class: 'small' }, strings.linkHelp[lang]),
    r.slots.some((l) => usesUserFiles(l.text)) ? el('p', { class: 'small notice warn', 'data-testid': 'share-needs-data' }, strings.linkNeedsData[lang]) : null,
    el('div', { class: 'btns' }, copy),
    el('div', { class: 'link', 'data-share-link': '' }, location.href),
    r.slots.length > 1 ? el('div', {},
      el('p', { class: 'small', style: 'margin-top:10px' }, strings.compareCliHelp[lang]),
      el('pre', { 'data-testid': 'cli-compare' }, compareCommand(files, r.runs, r.seed, lang))) : null,
    ...items,
  );
}
