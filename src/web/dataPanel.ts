/**
 * The page's "fit from applications" card: the user picks or drops an applications CSV (docs/data.md); it is read
 * and fitted in this browser (nothing is uploaded), the fitted population replaces the main scenario's population
 * (as the scenario's own YAML text, so a share link carries the fitted population and never the rows), and the
 * fit's figures and diagnostics charts are shown.
 *
 *   CSV file ──parseApplications──▶ rows ──fitPopulation──▶ fit ──fittedPopulationYaml──▶ population YAML
 *     main scenario text + population YAML ──inlinePopulation──▶ scenario text ──app.loadText──▶ runs
 */
import embed from 'vega-embed';
import { isNode, parseDocument } from 'yaml';
import { fitAmountHistogram, fitSeasonality } from '../charts/fitDiagnostics';
import { fitPopulation, type FittedPopulation } from '../data/fitPopulation';
import { fittedPopulationYaml } from '../data/fittedPopulationYaml';
import { parseApplications } from '../data/parseApplications';
import { formatUserError } from '../errors/formatUserError';
import { userErrorsOf } from '../errors/UserError';
import type { Bilingual, Lang } from '../i18n/Bilingual';
import type { App } from './App';
import { readBundled } from './bundledFiles';
import { el } from './dom';

const W = {
  title: { zh: '从申请数据拟合企业群体', en: 'Fit the firms to your applications' },
  privacy: {
    zh: '文件只在本浏览器中读取和拟合，不会上传；分享链接只包含拟合的企业群体，不含任何申请记录。',
    en: 'The file is read and fitted in this browser only, never uploaded; a share link holds the fitted population, never the rows.',
  },
  pick: { zh: '选择或拖入申请数据 CSV', en: 'Choose or drop an applications CSV' },
  format: { zh: '列：firm, date, voucher, contract（必需）及 executed, tier, category 等，见 docs/data.md。', en: 'Columns: firm, date, voucher, contract (required), and executed, tier, category… (docs/data.md).' },
  fitted: (name: string, f: FittedPopulation): Bilingual => ({
    zh: `已用 ${name} 拟合（${f.rows} 份申请，${f.years.join('、')} 年），并替换主情景的企业群体：每年约 ${Math.round(f.firms.mean.value)} 家企业考虑申请，${f.tiers.length} 类企业。`,
    en: `Fitted to ${name} (${f.rows} applications, ${f.years.join(', ')}) and put in place of the main scenario's firms: about ${Math.round(f.firms.mean.value)} firms a year consider applying, ${f.tiers.length} tiers.`,
  }),
  problems: { zh: '文件有问题（未拟合）：', en: 'Problems in the file (nothing fitted):' },
} as const;

/** The last fit (kept across redraws of the sidebar), or the problems of the last file. */
let last: { name: string; fit: FittedPopulation } | { name: string; errors: string[] } | null = null;

/**
 * Puts a fitted population in a scenario's YAML text in place of its `populationFile:` or `population:`.
 * @example inlinePopulation('scenario: …\npopulationFile: p.yaml\n', 'population:\n  firms: …\n') // '…population:\n  firms: …'
 */
export function inlinePopulation(scenarioText: string, populationYaml: string): string {
  const doc = parseDocument(scenarioText, { uniqueKeys: false });
  const node = parseDocument(populationYaml).get('population', true);
  if (!isNode(node)) throw new Error('inlinePopulation: the fitted YAML has no population');
  doc.delete('populationFile');
  doc.set('population', node);
  return doc.toString({ lineWidth: 0 });
}

/** The card; `app` supplies the main scenario and takes the new text. */
export function dataPanel(app: App): HTMLElement {
  const lang: Lang = app.lang;
  const body = el('div', { 'data-testid': 'fit-result' });
  const card = el('section', { class: 'card', 'data-testid': 'fit-card' },
    el('h2', {}, W.title[lang]),
    el('p', { class: 'hint', 'data-testid': 'fit-privacy' }, W.privacy[lang]),
    el('p', { class: 'hint' }, W.format[lang]),
  );
  const onFile = (f: File): void => {
    void f.text().then((text) => {
      try {
        const fit = fitPopulation(parseApplications(text, f.name));
        const yaml = fittedPopulationYaml(fit, [f.name]);
        const main = app.state.slots[0]!.source;
        const base = main.kind === 'text' ? main.text : readBundled(main.file);
        last = { name: f.name, fit };
        app.loadText(`${f.name} (fitted)`, inlinePopulation(base, yaml));
      } catch (e) {
        const errs = userErrorsOf(e);
        if (!errs) throw e;
        last = { name: f.name, errors: errs.map((u) => formatUserError(u, lang)) };
        draw();
      }
    });
  };
  const input = el('input', {
    type: 'file', id: 'fit-file', accept: '.csv,text/csv', class: 'visually-hidden', 'data-testid': 'fit-file',
    onchange: (ev) => {
      const f = (ev.target as HTMLInputElement).files?.[0];
      if (f) onFile(f);
    },
  });
  card.append(el('div', { class: 'btns' }, input, el('label', { for: 'fit-file', class: 'btn', role: 'button', tabindex: 0 }, W.pick[lang])), body);
  card.addEventListener('dragover', (ev) => ev.preventDefault());
  card.addEventListener('drop', (ev) => {
    ev.preventDefault();
    const f = (ev as DragEvent).dataTransfer?.files?.[0];
    if (f) onFile(f);
  });
  const draw = (): void => {
    if (last === null) return body.replaceChildren();
    if ('errors' in last) {
      return body.replaceChildren(el('p', { class: 'error' }, W.problems[lang]), el('ul', { class: 'error' }, ...last.errors.map((m) => el('li', {}, m))));
    }
    const hist = el('div', { 'data-testid': 'fit-amounts' });
    const months = el('div', { 'data-testid': 'fit-months' });
    body.replaceChildren(el('p', {}, W.fitted(last.name, last.fit)[lang]), hist, months);
    void embed(hist, { ...fitAmountHistogram(last.fit, lang), columns: 1 } as never, { renderer: 'svg', actions: false, ast: true });
    void embed(months, { ...fitSeasonality(last.fit, lang), width: 300 } as never, { renderer: 'svg', actions: false, ast: true });
  };
  draw();
  return card;
}
