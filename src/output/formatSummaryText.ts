/**
 * A readable text report of a summary for the terminal, in Chinese or English: the header, then per year the
 * headline sentences and tables of schemes, tiers, paying levels and unmet demand by month. Columns are
 * aligned by display width (CJK characters take two columns). Pure: no I/O.
 */
import { formatAmount } from '../figures/formatAmount';
import type { Bilingual, Lang } from '../i18n/Bilingual';
import { parseAmount } from '../money/parseAmount';
import type { TierCap } from '../scenario/tierCaps';
import { formatShare, formatShortDate, headlines } from '../stats/headlines';
import { schemeInForce } from '../stats/schemeInForce';
import { applicantFirms } from '../stats/applicantFirms';
import type { MoneyStats, Summary, YearSummary } from '../stats/Summary';
import { moneyInUnit, unitName } from '../figures/moneyInUnit';
import { firstYearPoolWords, mechanismWords, periodWords, reportLabels as L } from '../i18n/reportLabels';
import { textTable } from '../figures/textTable';

/**
 * The report of `summary` in `lang`, ending with a newline. `optionLabels` (the scenario's resolved options) name
 * the policy options in words; without them an option shows its key.
 */
export function formatSummaryText(
  summary: Summary, lang: Lang, optionLabels: ReadonlyArray<{ key: string; label: Bilingual }> = [],
  /** The tiers' caps per year (src/scenario tierCaps): a tier without a cap reads "no cap", not 0%. */
  capsOf: (year: number) => ReadonlyMap<string, TierCap> | undefined = () => undefined,
): string {
  const t = (k: keyof typeof L) => L[k][lang];
  const colon = lang === 'zh' ? '：' : ': ';
  const out: string[] = [];
  out.push(`${t('scenario')}${colon}${summary.scenario.title[lang]} (${summary.scenario.id})`);
  out.push(`${t('seed')}${colon}${summary.seed}    ${t('runs')}${colon}${summary.runs}`);
  const a = summary.allocation;
  const word = (w: Record<string, Bilingual>, k: string) => w[k]?.[lang] ?? k;
  const batches = a.mechanism === 'fcfs-partial' || a.mechanism === 'fcfs-strict' ? '' : `${lang === 'zh' ? '，' : ', '}${word(periodWords, a.period)}`;
  out.push(`${t('mechanism')}${colon}${word(mechanismWords, a.mechanism)}${batches}${a.priority.length ? ` (${a.priority.join(', ')})` : ''}`);
  out.push(`${t('firstYearPool')}${colon}${word(firstYearPoolWords, summary.firstYearPool)}`);
  if (summary.options.length) {
    const name = (key: string) => optionLabels.find((o) => o.key === key)?.label[lang] ?? key;
    const set = t('optionSet');
    const dflt = t('optionDefault');
    out.push(`${t('options')}${colon}${summary.options.map((o) => `${name(o.key)}${lang === 'zh' ? '：' : ': '}${optionValueText(o.value, lang)}${o.isDefault ? dflt : set}`).join(lang === 'zh' ? '；' : '; ')}`);
  }
  const heads = headlines(summary);
  for (const y of summary.years) {
    out.push('', `== ${t('year')} ${y.year} ==`, '', t('headlines'));
    for (const h of heads.filter((x) => x.year === y.year)) out.push(`  · ${h.text[lang]}`);
    out.push('', t('schemes'), schemeTable(y, lang));
    out.push('', t('tiers'), tierTable(y, lang, capsOf(y.year)));
    out.push('', t('levels'), levelTable(y, lang));
    out.push('', t('unmetByMonth'), monthTable(y, lang));
  }
  return `${out.join('\n')}\n`;
}

/** "21,600.00 [17,500.00–25,000.00]" in the report unit. */
function range(m: MoneyStats, lang: Lang): string {
  return `${moneyInUnit(m.p50.fen, lang)} [${moneyInUnit(m.p5.fen, lang)}–${moneyInUnit(m.p95.fen, lang)}]`;
}

/** A column header with the money unit: `已支付（万元）`, `Paid (million yuan)`. */
function withUnit(header: string, lang: Lang): string {
  return lang === 'zh' ? `${header}（${unitName(lang)}）` : `${header} (${unitName(lang)})`;
}

function fmt(m: { fen: number }, lang: Lang): string {
  return moneyInUnit(m.fen, lang);
}

function schemeTable(y: YearSummary, lang: Lang): string {
  const t = (k: keyof typeof L) => L[k][lang];
  const rows = y.schemes.map((s) => {
    // A scheme outside its validity window has a pool of 0 that never "runs out": no figure of a pool for it.
    const inForce = schemeInForce(s);
    const ex = inForce ? s.exhaustion : null;
    return [
      s.label[lang],
      !inForce ? t('notInForce') : s.pool ? fmt(s.pool.p50, lang) : t('unlimited'),
      fmt(s.money.requested.mean, lang),
      range(s.money.paid, lang),
      fmt(s.money.unmet.mean, lang),
      ex ? formatShare(ex.probabilityByYearEnd) : t('none'),
      ex?.date ? formatShortDate(ex.date.p50.date, lang) : t('none'),
    ];
  });
  const m = y.total.money;
  rows.push([t('total'), t('none'), fmt(m.requested.mean, lang), range(m.paid, lang), fmt(m.unmet.mean, lang), t('none'), t('none')]);
  return textTable(
    [
      { header: t('scheme') },
      { header: withUnit(t('pool'), lang), align: 'right' },
      { header: withUnit(t('requested'), lang), align: 'right' },
      { header: withUnit(t('paidRange'), lang), align: 'right' },
      { header: withUnit(t('unmet'), lang), align: 'right' },
      { header: t('exhaustedP'), align: 'right' },
      { header: t('exhaustedMedian'), align: 'right' },
    ],
    rows,
  );
}

function tierTable(y: YearSummary, lang: Lang, caps: ReadonlyMap<string, TierCap> | undefined): string {
  const t = (k: keyof typeof L) => L[k][lang];
  const pct = (x: number | null) => (x === null ? t('none') : formatShare(x));
  return textTable(
    [
      { header: t('tier') },
      { header: t('firms'), align: 'right' },
      { header: withUnit(t('grantPerFirm'), lang), align: 'right' },
      { header: t('shareOfPaid'), align: 'right' },
      { header: t('subsidyRate'), align: 'right' },
      { header: t('atCap'), align: 'right' },
    ],
    y.groups.tier.map((g) => [
      g.label[lang],
      g.firms.mean.toFixed(1),
      g.grantPerFirm?.p50 ? fmt(g.grantPerFirm.p50, lang) : t('none'),
      pct(g.shareOfPaid.pooled),
      pct(g.subsidyRate.pooled),
      caps?.get(g.key)?.kind === 'none' ? t('noCap') : pct(g.atCapShare.pooled),
    ]).concat([[t('total'), applicantFirms(y).toFixed(1), t('none'), t('none'), t('none'), t('none')]]),
  );
}

function levelTable(y: YearSummary, lang: Lang): string {
  const t = (k: keyof typeof L) => L[k][lang];
  return textTable(
    [{ header: t('level') }, { header: withUnit(t('paidRange'), lang), align: 'right' }, { header: t('share'), align: 'right' }],
    y.levels.map((l) => [t(l.level), range(l.paid, lang), l.share.pooled === null ? t('none') : formatShare(l.share.pooled)]),
  );
}

function monthTable(y: YearSummary, lang: Lang): string {
  const t = (k: keyof typeof L) => L[k][lang];
  return textTable(
    [
      { header: t('month') },
      { header: withUnit(t('refused'), lang), align: 'right' },
      { header: withUnit(t('scaled'), lang), align: 'right' },
      { header: t('appsRefused'), align: 'right' },
    ],
    y.unmetByMonth.map((m) => [
      lang === 'zh' ? `${m.month}月` : ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m.month - 1]!,
      fmt(m.refused, lang),
      fmt(m.scaled, lang),
      m.appsRefused.toFixed(1),
    ]),
  );
}

const LEVEL_WORDS: Record<string, Bilingual> = { province: { zh: '省级', en: 'province' }, city: { zh: '市级', en: 'city' }, district: { zh: '区级', en: 'district' } };

/**
 * An option's value in words: `none` → 不设上限 / no cap, a split `city=50%,district=50%` → 市级50%、区级50% /
 * city 50%, district 50%, an amount (`2000万`) as money for people; anything else (a choice, a date) as typed.
 * @example optionValueText('none', 'zh') // '不设上限'
 */
export function optionValueText(value: string, lang: Lang): string {
  if (value === 'none') return L.noCap[lang];
  const split = value.split(',').map((p) => /^(province|city|district)=(\d+(?:\.\d+)?%)$/.exec(p.trim()));
  if (split.every((m) => m !== null)) {
    return split.map((m) => (lang === 'zh' ? `${LEVEL_WORDS[m![1]!]!.zh}${m![2]}` : `${LEVEL_WORDS[m![1]!]!.en} ${m![2]}`)).join(lang === 'zh' ? '、' : ', ');
  }
  if (/^[\d,.]+\s*(万|亿|元|万元|亿元)?$/.test(value)) {
    try {
      return formatAmount(parseAmount(value), lang);
    } catch {
      return value;
    }
  }
  return value;
}
