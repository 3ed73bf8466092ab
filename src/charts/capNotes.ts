/**
 * What the charts of tiers say about caps (src/scenario tierCaps): the tiers under each cap, the tiers without a
 * cap, and those whose cap varies from firm to firm, as subtitle lines.
 */
import { formatAmount } from '../figures/formatAmount';
import type { Lang } from '../i18n/Bilingual';
import type { TierCap } from '../scenario/tierCaps';
import type { YearSummary } from '../stats/Summary';
import { chartLabels as L } from '../i18n/chartLabels';
import { outputWords } from '../i18n/outputWords';

/** The subtitle lines of one summary's caps: `大型企业、中型企业上限800万元`, `不设上限：基础大模型企业`. */
export function capLines(year: YearSummary, caps: ReadonlyMap<string, TierCap>, lang: Lang): string[] {
  const join = (xs: string[]) => xs.join(outputWords.listEnum[lang]);
  const byCap = new Map<number, string[]>();
  const none: string[] = [];
  const varies: string[] = [];
  for (const g of year.groups.tier) {
    const c = caps.get(g.key);
    if (!c) continue;
    if (c.kind === 'cap') byCap.set(c.fen, [...(byCap.get(c.fen) ?? []), g.label[lang]]);
    else if (c.kind === 'none') none.push(g.label[lang]);
    else varies.push(g.label[lang]);
  }
  const lines = [...byCap].map(([fen, tiers]) => L.capOf[lang].replace('{tiers}', join(tiers)).replace('{cap}', formatAmount(fen, lang)));
  if (none.length) lines.push(L.noCapTiers[lang].replace('{tiers}', join(none)));
  if (varies.length) lines.push(L.capVaries[lang].replace('{tiers}', join(varies)));
  // one sentence: later parts start in lower case in English ("…cap 8 million yuan; no cap: …")
  const parts = lines.map((l, i) => (i > 0 && lang === 'en' ? l.charAt(0).toLowerCase() + l.slice(1) : l));
  return [parts.join(outputWords.listSemicolon[lang])].filter((l) => l !== '');
}
