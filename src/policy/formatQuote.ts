import type { Bilingual, Lang } from '../i18n/Bilingual';
import { messages } from '../i18n/messages';
import { formatMoney } from '../i18n/formatMoney';
import { formatDay } from '../time/day';
import type { Application, FirmYearState, Quote } from './model';

/**
 * A quote as a readable report in `lang`: the application, a table of every scheme considered (what it
 * would pay on its own, what it pays, what bound it), the reasons, the total with the scheme 从优、就高、
 * 不重复 chose, the split by paying level and the options in force (defaults marked). Columns stay aligned
 * with Chinese text: CJK characters count two columns.
 */
export function formatQuote(
  q: Quote, app: Application, lang: Lang, state: FirmYearState = {}, poolMode: 'partial' | 'strict' = 'partial',
): string {
  const t = (b: Bilingual): string => b[lang];
  const lines: string[] = [];
  const voucher = messages.voucherName(app.voucher);
  lines.push(t(messages.quoteHeading(voucher, formatDay(app.date), app.contractFen, app.executedFen)));
  const firm: Bilingual[] = [];
  if (app.category) firm.push(messages.firmCategory(app.category));
  if (app.selfControlled) firm.push(messages.firmSelfControlled());
  if (app.foundationModel) firm.push(messages.firmFoundationModel());
  if (app.sme) firm.push(messages.firmSme());
  if (app.district) firm.push(messages.firmDistrict(app.district));
  for (const [id, fen] of Object.entries(state.receivedFen ?? {})) firm.push(messages.firmReceived(id, fen));
  if (state.receivedAnyFen !== undefined) firm.push(messages.firmReceivedAny(state.receivedAnyFen));
  for (const [id, fen] of Object.entries(state.poolRemainingFen ?? {})) firm.push(messages.firmPoolLeft(id, fen, poolMode));
  lines.push(t(messages.quoteFirm(firm)), '');

  if (q.grants.length === 0) {
    lines.push(t(messages.quoteNoScheme(voucher)));
  } else {
    const col = messages.quoteColumns();
    const rows = q.grants.map((g) => [
      t(g.label), t(messages.levelName(g.level)), formatMoney(g.fen, lang), formatMoney(g.paidFen, lang), t(messages.boundName(g.bound)),
    ]);
    lines.push(...table([t(col.scheme), t(col.level), t(col.own), t(col.paid), t(col.bound)], rows, [false, false, true, true, false]));
    lines.push('', t(messages.quoteReasons()));
    for (const g of q.grants) lines.push(`  ${g.scheme}: ${t(g.reason)}`);
    // a lone grant without top-ups is its own package: the section would only repeat the table
    if (q.packages.length > 1 || q.packages.some((p) => p.topUps.length > 0)) {
      lines.push('', t(messages.quotePackages()));
      for (const p of q.packages) {
        lines.push(`  ${p.chosen ? '*' : ' '} ${messages.quotePackageLine(p.grant, p.grantFen, p.topUps, p.totalFen, lang)}  ${t(p.reason)}`);
      }
    }
  }
  lines.push('', t(messages.quoteTotal(q.totalFen, q.chosen)), t(messages.quoteByLevel(q.byLevel)));
  if (q.notes.length > 0) {
    lines.push('', t(messages.quoteNotes()));
    for (const n of q.notes) lines.push(`  - ${t(n.text)} (${n.reference.doc} ${n.reference.clause})`);
  }
  lines.push('', t(messages.quoteOptions()));
  if (q.options.length === 0) lines.push(t(messages.quoteNoOptions()));
  for (const o of q.options) {
    lines.push(`  ${o.key} = ${o.value}${t(o.isDefault ? messages.quoteOptionDefault() : messages.quoteOptionSet())}  ${t(o.label)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Rows padded to the widest cell of each column (right-aligned where `right`), two spaces apart. */
function table(header: string[], rows: string[][], right: boolean[]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => displayWidth(r[c] ?? ''))));
  const render = (r: string[]): string => r.map((cell, c) => {
    const pad = ' '.repeat(widths[c]! - displayWidth(cell));
    return right[c] ? pad + cell : cell + pad;
  }).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [render(header), rule, ...rows.map(render)];
}

/** Terminal columns taken by `s`: East Asian wide and fullwidth characters take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const wide = (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f)
      || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f)
      || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}
