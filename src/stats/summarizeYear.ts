/**
 * One simulated year over all runs: an Accumulator's rows, histograms and sums turned into a YearSummary
 * (see Summary.ts for every field). Pure: reads the accumulator, changes nothing.
 */
import { GROUP_DIMS, LEVEL_INDEX, type GroupDim } from '../record/RunRecord';
import { formatDay, monthStart, yearStart } from '../time/day';
import type { Accumulator } from './Accumulator';
import { countStats, moneyStats, ratioStats } from './describeRuns';
import type { LogHistogram } from './LogHistogram';
import { quantileSorted } from './quantileSorted';
import { roundHalfUp, round6 } from './roundHalfUp';
import { QUANTILE_KEYS, QUANTILE_PROBS } from './quantileKeys';
import type {
  BandRow,
  DayRef,
  Exhaustion,
  GroupSummary,
  LastsUntil,
  LevelSummary,
  MoneyFigures,
  SchemeSummary,
  UnmetMonth,
  UnmetMonthTier,
  WeekBin,
  YearSummary,
} from './Summary';
import { toMoney } from './toMoney';

/** The shares of runs for which "the pool lasts until …" is reported. */
export const LASTS_UNTIL_SHARES = [0.5, 0.9, 0.95] as const;

/** Weeks in the exhaustion histogram; the last one takes the year's 1 or 2 extra days. */
export const WEEKS = 52;

/**
 * Summarises one year.
 * @throws Error when the accumulator holds no run
 */
export function summarizeYear(acc: Accumulator): YearSummary {
  const n = acc.count;
  if (n === 0) throw new Error(`no runs to summarise for ${acc.shape.year}`);
  const { shape, meta } = acc;
  const nS = shape.schemeIds.length;
  const totalPaid = acc.totalColumn('paidFen');
  const ctx = { acc, year: shape.year, start: yearStart(shape.year), days: shape.days };

  const schemes = meta.schemes.map((m, s) => schemeSummary(ctx, m, s));

  const L = acc.layout;
  const groups = Object.fromEntries(
    GROUP_DIMS.map((dim) => [dim, meta.groups[dim].map((g, v) => groupSummary(acc, dim, v, g, totalPaid))]),
  ) as Record<GroupDim, GroupSummary[]>;

  const levels = (Object.keys(LEVEL_INDEX) as (keyof typeof LEVEL_INDEX)[]).map((level): LevelSummary => {
    const paid = acc.column(L.level + LEVEL_INDEX[level]);
    return { level, paid: moneyStats(paid), share: ratioStats(paid, totalPaid) };
  });

  const { unmetByMonth, unmetByMonthTier } = unmetByMonthOf(acc);

  return {
    year: shape.year,
    days: shape.days,
    runs: n,
    applications: countStats(acc.column(L.applications)),
    schemes,
    total: {
      money: moneyFigures(
        acc.totalColumn('requestedFen'),
        totalPaid,
        acc.totalColumn('refusedFen'),
        acc.totalColumn('scaledFen'),
      ),
      applications: {
        requested: countStats(acc.totalColumn('appsRequested')),
        funded: countStats(acc.totalColumn('appsFunded')),
        partial: countStats(acc.totalColumn('appsPartial')),
        refused: countStats(acc.totalColumn('appsRefused')),
      },
      firms: {
        requested: countStats(acc.column(L.firms)),
        funded: countStats(acc.column(L.firms + 1)),
        partial: countStats(acc.column(L.firms + 2)),
        refused: countStats(acc.column(L.firms + 3)),
      },
      cumulative: bands(ctx, nS),
    },
    groups,
    levels,
    unmetByMonth,
    unmetByMonthTier,
  };
}

/** One scheme's figures of the year: money, applications, firms, exhaustion and cumulative payments. */
function schemeSummary(ctx: YearCtx, m: Accumulator['meta']['schemes'][number], s: number): SchemeSummary {
  const acc = ctx.acc;
  const col = (f: Parameters<Accumulator['schemeColumn']>[1]) => acc.schemeColumn(s, f);
  const pool = col('poolFen');
  const unlimited = pool[0]! < 0;
  return {
    id: m.id,
    label: m.label,
    level: m.level,
    kind: m.kind,
    vouchers: m.vouchers,
    pool: unlimited ? null : moneyStats(pool),
    money: moneyFigures(col('requestedFen'), col('paidFen'), col('refusedFen'), col('scaledFen')),
    applications: {
      requested: countStats(col('appsRequested')),
      funded: countStats(col('appsFunded')),
      partial: countStats(col('appsPartial')),
      refused: countStats(col('appsRefused')),
    },
    firms: {
      requested: countStats(col('firmsRequested')),
      funded: countStats(col('firmsFunded')),
      partial: countStats(col('firmsPartial')),
      refused: countStats(col('firmsRefused')),
      atCap: countStats(col('firmsAtCap')),
    },
    exhaustion: unlimited ? null : exhaustion(ctx, col('exhaustionDay')),
    cumulative: bands(ctx, s),
  };
}

/** Unmet demand by month of arrival, and by month and tier (means over runs). */
function unmetByMonthOf(acc: Accumulator): Pick<YearSummary, 'unmetByMonth' | 'unmetByMonthTier'> {
  const n = acc.count;
  const shape = acc.shape;
  const unmetByMonth = Array.from({ length: 12 }, (_, m): UnmetMonth => ({
    month: m + 1,
    refused: toMoney(acc.monthly.meanWhole(m * 3, n)),
    scaled: toMoney(acc.monthly.meanWhole(m * 3 + 1, n)),
    appsRefused: round6(acc.monthly.mean(m * 3 + 2, n)),
  }));
  const unmetByMonthTier: UnmetMonthTier[] = [];
  for (let m = 0; m < 12; m++) {
    shape.groups.tier.forEach((tier, t) => {
      const i = (m * shape.tiers + t) * 2;
      unmetByMonthTier.push({
        month: m + 1,
        tier,
        refused: toMoney(acc.monthlyTier.meanWhole(i, n)),
        scaled: toMoney(acc.monthlyTier.meanWhole(i + 1, n)),
      });
    });
  }

  return { unmetByMonth, unmetByMonthTier };
}

interface YearCtx {
  acc: Accumulator;
  year: number;
  start: number;
  days: number;
}

function moneyFigures(requested: Float64Array, paid: Float64Array, refused: Float64Array, scaled: Float64Array): MoneyFigures {
  const unmet = new Float64Array(refused.length);
  for (let i = 0; i < unmet.length; i++) unmet[i] = refused[i]! + scaled[i]!;
  return {
    requested: moneyStats(requested),
    paid: moneyStats(paid),
    unmet: moneyStats(unmet),
    refused: moneyStats(refused),
    scaled: moneyStats(scaled),
  };
}

function dayRef(ctx: YearCtx, dayOfYear: number): DayRef {
  return { dayOfYear, date: formatDay(ctx.start + dayOfYear) };
}

/** Exhaustion figures from the per-run exhaustion days (−1 = the pool lasted the year). */
function exhaustion(ctx: YearCtx, day: Float64Array): Exhaustion {
  const n = day.length;
  const hit = Array.from(day).filter((d) => d >= 0).sort((a, b) => a - b);
  const monthEnds = Array.from({ length: 12 }, (_, m) => monthStart(ctx.year, m + 2) - ctx.start - 1);
  const weekly: WeekBin[] = Array.from({ length: WEEKS }, (_, w) => ({
    week: w,
    start: formatDay(ctx.start + 7 * w),
    runs: 0,
    share: 0,
  }));
  for (const d of hit) weekly[Math.min(Math.floor(d / 7), WEEKS - 1)]!.runs += 1;
  for (const w of weekly) w.share = round6(w.runs / n);
  // Runs that never ran out sort after every day of the year.
  const all = Array.from(day, (d) => (d >= 0 ? d : ctx.days)).sort((a, b) => a - b);
  const lastsUntil = LASTS_UNTIL_SHARES.map((share): LastsUntil => {
    const k = Math.ceil(share * n - 1e-9);
    const d = all[n - k]!;
    return d >= ctx.days ? { share, wholeYear: true, day: null } : { share, wholeYear: false, day: dayRef(ctx, d) };
  });
  const date =
    hit.length === 0
      ? null
      : (Object.fromEntries(
          QUANTILE_KEYS.map((k, i) => [k, dayRef(ctx, roundHalfUp(quantileSorted(hit, QUANTILE_PROBS[i]!)))]),
        ) as NonNullable<Exhaustion['date']>);
  return {
    runsExhausted: hit.length,
    probabilityByYearEnd: round6(hit.length / n),
    probabilityByMonthEnd: monthEnds.map((end) => round6(hit.filter((d) => d <= end).length / n)),
    date,
    lastsUntil,
    weekly,
    neverRuns: n - hit.length,
  };
}

/** Quantile bands of the cumulative money paid, from the histograms of series s (s = schemes for the total). */
function bands(ctx: YearCtx, s: number): BandRow[] {
  const rows: BandRow[] = [];
  for (let d = 0; d < ctx.days; d++) {
    const h = ctx.acc.cumulative[s * ctx.days + d]!;
    const q = (p: number) => toMoney(h.quantile(p));
    rows.push({
      dayOfYear: d,
      date: formatDay(ctx.start + d),
      p5: q(0.05),
      p25: q(0.25),
      p50: q(0.5),
      p75: q(0.75),
      p95: q(0.95),
    });
  }
  return rows;
}

function groupSummary(
  acc: Accumulator,
  dim: GroupDim,
  v: number,
  g: { key: string; label: { zh: string; en: string } },
  totalPaid: Float64Array,
): GroupSummary {
  const col = (f: Parameters<Accumulator['groupOffset']>[2]) => acc.column(acc.groupOffset(dim, v, f));
  const firms = col('firms');
  const paid = col('paidFen');
  const contract = col('contractFen');
  let sumPaid = 0;
  let sumFirms = 0;
  for (let i = 0; i < paid.length; i++) {
    sumPaid += paid[i]!;
    sumFirms += firms[i]!;
  }
  const hist: LogHistogram | null = dim === 'tier' ? acc.firmPaid[v]! : null;
  const hq = (p: number) => (hist && hist.total() > 0 ? toMoney(hist.quantile(p)) : null);
  return {
    key: g.key,
    label: g.label,
    firms: countStats(firms),
    applications: countStats(col('apps')),
    contract: moneyStats(contract),
    money: moneyFigures(col('requestedFen'), paid, col('refusedFen'), col('scaledFen')),
    grantPerFirm:
      sumFirms === 0
        ? null
        : { mean: toMoney(sumPaid / sumFirms), p5: hq(0.05), p25: hq(0.25), p50: hq(0.5), p75: hq(0.75), p95: hq(0.95) },
    shareOfPaid: ratioStats(paid, totalPaid),
    subsidyRate: ratioStats(paid, contract),
    atCapShare: ratioStats(col('firmsAtCap'), firms),
    refusedFirmShare: ratioStats(col('firmsRefused'), firms),
  };
}
