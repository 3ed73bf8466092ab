import type { Bilingual, Lang } from '../i18n/Bilingual';
import { formatMoney, formatRatio } from '../i18n/formatMoney';
import type { Fen } from '../money/fen';
import { formatDay } from '../time/day';
import type { Application, Bound, FirmYearState, Quote, Reference } from './model';
import type { Level } from '../vocabulary';

/** One grant line as JSON: money in integer fen and as formatted text in the chosen language. */
export interface GrantLineJson {
  scheme: string;
  kind: 'grant' | 'topup';
  level: Level;
  label: Bilingual;
  fen: Fen;
  amount: string;
  paidFen: Fen;
  paid: string;
  bound: Bound;
  reason: string;
  reasons: Bilingual;
  basisFen: Fen;
  ratioBp: number | null;
  ratio: string | null;
  capFen: Fen | null;
  cap: string | null;
  remainingCapFen: Fen | null;
  remainingCap: string | null;
  reference: Reference;
  byLevel: Record<Level, Fen>;
}

/** A quote as the CLI's `--json` prints it (and the page may show it): the application echoed back. */
export interface QuoteJson {
  lang: Lang;
  application: {
    date: string;
    voucher: string;
    contractFen: Fen;
    contract: string;
    executedFen: Fen;
    executed: string;
    category: string | null;
    selfControlled: boolean;
    foundationModel: boolean;
    sme: boolean;
    district: string | null;
  };
  state: { receivedFen: Record<string, Fen>; receivedAnyFen: Fen | null; poolRemainingFen: Record<string, Fen>; poolMode: 'partial' | 'strict' | null };
  totalFen: Fen;
  total: string;
  chosen: string | null;
  grants: GrantLineJson[];
  /** The packages 从优、就高、不重复 compared (a grant and the top-ups it triggers), the chosen one marked. */
  packages: {
    grant: string; grantFen: Fen; topUps: { scheme: string; fen: Fen }[]; totalFen: Fen; total: string; chosen: boolean;
    reason: string; reasons: Bilingual;
  }[];
  /** Conditions the documents set that the quote takes as met, and facts to know (a draft's status). */
  notes: { document: string; text: string; texts: Bilingual; reference: Reference }[];
  byLevel: Record<Level, Fen>;
  byLevelText: Record<Level, string>;
  options: { key: string; value: string; isDefault: boolean; label: Bilingual; accepts: string; reference: Reference }[];
}

/**
 * The JSON form of a quote, with the application and state it answers; amounts in fen (integers) and
 * formatted in `lang`, each reason in `lang` and in both languages under `reasons`.
 */
export function quoteToJson(
  q: Quote, app: Application, lang: Lang, state: FirmYearState = {}, poolMode: 'partial' | 'strict' = 'partial',
): QuoteJson {
  const money = (fen: Fen): string => formatMoney(fen, lang);
  const moneyOrNull = (fen: Fen | null): string | null => (fen === null ? null : money(fen));
  const pools = state.poolRemainingFen ?? {};
  return {
    lang,
    application: {
      date: formatDay(app.date),
      voucher: app.voucher,
      contractFen: app.contractFen,
      contract: money(app.contractFen),
      executedFen: app.executedFen,
      executed: money(app.executedFen),
      category: app.category ?? null,
      selfControlled: app.selfControlled,
      foundationModel: app.foundationModel,
      sme: app.sme,
      district: app.district,
    },
    state: {
      receivedFen: { ...(state.receivedFen ?? {}) },
      receivedAnyFen: state.receivedAnyFen ?? null,
      poolRemainingFen: { ...pools },
      poolMode: Object.keys(pools).length > 0 ? poolMode : null,
    },
    totalFen: q.totalFen,
    total: money(q.totalFen),
    chosen: q.chosen,
    grants: q.grants.map((g) => ({
      scheme: g.scheme,
      kind: g.kind,
      level: g.level,
      label: g.label,
      fen: g.fen,
      amount: money(g.fen),
      paidFen: g.paidFen,
      paid: money(g.paidFen),
      bound: g.bound,
      reason: g.reason[lang],
      reasons: g.reason,
      basisFen: g.basisFen,
      ratioBp: g.ratioBp,
      ratio: g.ratioBp === null ? null : formatRatio(g.ratioBp),
      capFen: g.capFen,
      cap: moneyOrNull(g.capFen),
      remainingCapFen: g.remainingCapFen,
      remainingCap: moneyOrNull(g.remainingCapFen),
      reference: g.reference,
      byLevel: g.byLevel,
    })),
    packages: q.packages.map((p) => ({
      grant: p.grant, grantFen: p.grantFen, topUps: p.topUps.map((t) => ({ ...t })), totalFen: p.totalFen, total: money(p.totalFen),
      chosen: p.chosen, reason: p.reason[lang], reasons: p.reason,
    })),
    notes: q.notes.map((n) => ({ document: n.document, text: n.text[lang], texts: n.text, reference: n.reference })),
    byLevel: q.byLevel,
    byLevelText: { province: money(q.byLevel.province), city: money(q.byLevel.city), district: money(q.byLevel.district) },
    options: q.options.map((o) => ({ key: o.key, value: o.value, isDefault: o.isDefault, label: o.label, accepts: o.accepts, reference: o.reference })),
  };
}
