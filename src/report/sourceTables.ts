/**
 * The citation tables of a report, from a summary's `sources`: every policy number used (scheme, item, value,
 * dates, document, clause, the quoted words and the cross-check), the documents, the options in force (defaults
 * marked) and who pays each scheme.
 */
import type { Lang } from '../i18n/Bilingual';
import { formatMoney, formatRatio } from '../i18n/formatMoney';
import { formatShare } from '../stats/headlines';
import type { CitedValue, SourceReference, Sources } from '../stats/Summary';
import type { ReportTable } from './ReportTable';
import { reportWords as W } from '../i18n/reportWords';
import { outputWords } from '../i18n/outputWords';

const left = (header: string) => ({ header, align: 'left' as const });
const right = (header: string) => ({ header, align: 'right' as const });

/**
 * A cited number as people write it: `800万元` / `8,000,000 yuan`, `30%`, `no cap`.
 * @example citedValueText({ kind: 'ratio', ratio: 0.3 }, 'en') // '30%'
 */
export function citedValueText(v: CitedValue, lang: Lang): string {
  if (v.kind === 'money') return formatMoney(v.money.fen, lang);
  if (v.kind === 'ratio') return formatRatio(Math.round(v.ratio * 10_000));
  return W.noCap[lang];
}

/** The tables of `sources`: citations, documents, options (when any), funding. `prefix` keeps ids unique. */
export function sourceTables(sources: Sources, lang: Lang, prefix = ''): ReportTable[] {
  const tables = [...citations(sources, lang, prefix), documents(sources, lang, prefix)];
  if (sources.options.length > 0) tables.push(options(sources, lang, prefix));
  if (sources.funding.length > 0) tables.push(funding(sources, lang, prefix));
  return tables;
}

function citations(s: Sources, lang: Lang, prefix: string): ReportTable[] {
  const t = (k: keyof typeof W) => W[k][lang];
  const item = { scheme: t('itemScheme'), pool: t('itemPool'), ratio: t('itemRatio'), cap: t('itemCap'), match: t('itemMatch') };
  const colon = outputWords.labelColon[lang];
  const schemes = [...new Set(s.values.map((v) => v.scheme))];
  return schemes.map((scheme) => {
    const values = s.values.filter((v) => v.scheme === scheme);
    return {
      id: `${prefix}citations-${scheme}`,
      title: `${t('policyNumbers')}${colon}${values[0]!.schemeLabel[lang]} (${scheme})`,
      columns: [
        { header: t('item'), align: 'left' },
        { header: t('value'), align: 'left' },
        { header: t('inForce'), align: 'left', nowrap: true },
        { header: t('source'), align: 'left', nowrap: true },
        { header: t('quote'), align: 'left' },
      ],
      rows: values.map((v) => [
        v.item === 'scheme' ? item.scheme : `${item[v.item]}${colon}${v.label[lang]}`,
        v.value === null ? t('none') : valueCell(v, lang),
        `${v.from} –\n${v.to}`,
        sourceCell(v.reference, lang),
        v.reference.quote ?? t('none'),
      ]),
      note: t('citationsIntro'),
    };
  });
}

function valueCell(v: Sources['values'][number], lang: Lang): string {
  const t = (k: keyof typeof W) => W[k][lang];
  const lines = [citedValueText(v.value!, lang)];
  if (v.option !== undefined) lines.push(`${t('viaOption')} ${v.option}`);
  if (v.adjusted && v.published !== undefined) lines.push(`${t('published')} ${citedValueText(v.published, lang)}`);
  // a value the scenario supplies where the document publishes none: the clause only names the scheme
  else if (v.adjusted && v.option === undefined) lines.push(t('setByScenario'));
  return lines.join('\n');
}

/**
 * The document and clause, and on a second line the other document with the same number (002 repeats 000 in
 * traditional script: its words stay in summary.json).
 */
function sourceCell(r: SourceReference, lang: Lang): string {
  const c = r.crossCheck;
  return c ? `${r.doc} ${r.clause}\n${W.crossCheck[lang]} ${c.doc} ${c.clause}` : `${r.doc} ${r.clause}`;
}

function documents(s: Sources, lang: Lang, prefix: string): ReportTable {
  const t = (k: keyof typeof W) => W[k][lang];
  return {
    id: `${prefix}documents`,
    title: t('documents'),
    columns: [
      { header: t('document'), align: 'left', nowrap: true }, left(t('title')), left(t('level')), left(t('status')),
      { header: t('inForce'), align: 'left', nowrap: true }, left(t('clause')), left(t('quote')),
    ],
    rows: s.documents.map((d) => [
      d.source,
      d.title[lang],
      W[d.level][lang],
      d.status === 'in-force' ? t('inForceStatus') : t('draftStatus'),
      `${d.validFrom} –\n${d.validTo}`,
      d.reference.doc === d.source ? d.reference.clause : `${d.reference.doc} ${d.reference.clause}`,
      d.reference.quote ?? t('none'),
    ]),
    note: null,
  };
}

function options(s: Sources, lang: Lang, prefix: string): ReportTable {
  const t = (k: keyof typeof W) => W[k][lang];
  return {
    id: `${prefix}options`,
    title: t('options'),
    columns: [left(t('option')), left(t('meaning')), left(t('setting')), left(t('isDefault')), left(t('clause')), left(t('quote'))],
    rows: s.options.map((o) => [
      o.key,
      o.label[lang],
      o.value,
      o.isDefault ? t('optionDefault') : t('optionSet'),
      `${o.reference.doc} ${o.reference.clause}`,
      o.reference.quote ?? t('none'),
    ]),
    note: null,
  };
}

function funding(s: Sources, lang: Lang, prefix: string): ReportTable {
  const t = (k: keyof typeof W) => W[k][lang];
  const label = new Map(s.values.filter((v) => v.item === 'scheme').map((v) => [v.scheme, v.schemeLabel[lang]]));
  return {
    id: `${prefix}funding`,
    title: t('funding'),
    columns: [left(t('scheme')), right(W.province[lang]), right(W.city[lang]), right(W.district[lang]), left(t('fundingSource'))],
    rows: s.funding.map((f) => [label.get(f.scheme) ?? f.scheme, formatShare(f.province), formatShare(f.city), formatShare(f.district), f.source[lang]]),
    note: null,
  };
}
