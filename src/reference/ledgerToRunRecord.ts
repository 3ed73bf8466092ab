/**
 * The reference ledger of a run-year turned into a RunRecord of the engine's layout (src/record/RunRecord.ts), with
 * the per-firm figures worked out at year end:
 * - per scheme, of the firms that requested something from it: funded (received all they requested), partial
 *   (something), refused (nothing), and those that reached its cap;
 * - per tier and district, of the firms that applied: how many, refused (requested something, received nothing), at a
 *   cap (of any scheme); per category and voucher the same, refused meaning requested something there and was paid
 *   nothing there;
 * - the firms paid something, listed in population order; those paid nothing counted by tier.
 */
import {
  GROUP_DIMS, GROUP_FIELDS, groupOffset, makeRunRecord, schemeIndex, SCHEME_FIELDS, type GroupDim, type GroupField, type RunRecord,
} from '../record/RunRecord';
import type { FirmLedger, Ledger } from './referenceLedger';
import { NONE_OF_THE_DISTRICTS, type ReferenceYear } from './referenceYear';

/** The RunRecord of the ledger. */
export function ledgerToRunRecord(year: ReferenceYear, ledger: Ledger): RunRecord {
  const paidFirms = ledger.firms.filter((f) => f.applied && totalReceived(f) > 0);
  const rec = makeRunRecord(year.shape, paidFirms.length);
  writeSchemes(year, ledger, rec);
  writeGroups(year, ledger, rec);
  writeFirmFigures(year, ledger, rec);
  ledger.unmetByMonth.forEach((m, month) => {
    rec.monthly[month * 3] = m.refusedFen;
    rec.monthly[month * 3 + 1] = m.scaledFen;
    rec.monthly[month * 3 + 2] = m.appsRefused;
    ledger.unmetByMonthTier[month]!.forEach((t, tier) => {
      rec.monthlyTier[(month * year.shape.tiers + tier) * 2] = t.refusedFen;
      rec.monthlyTier[(month * year.shape.tiers + tier) * 2 + 1] = t.scaledFen;
    });
  });
  rec.byLevel[0] = ledger.byLevel.province;
  rec.byLevel[1] = ledger.byLevel.city;
  rec.byLevel[2] = ledger.byLevel.district;
  rec.firmCount = paidFirms.length;
  paidFirms.forEach((f, k) => {
    rec.firmPaid[k] = totalReceived(f);
    rec.firmRequested[k] = totalRequested(f);
    rec.firmTier[k] = f.facts.tier;
  });
  rec.applications = ledger.applications;
  return rec;
}

function totalReceived(f: FirmLedger): number {
  return f.schemes.reduce((sum, s) => sum + s.receivedFen, 0);
}

function totalRequested(f: FirmLedger): number {
  return f.schemes.reduce((sum, s) => sum + s.requestedFen, 0);
}

/** Per scheme: the application figures of the ledger, and the firms by outcome. */
function writeSchemes(year: ReferenceYear, ledger: Ledger, rec: RunRecord): void {
  ledger.schemes.forEach((scheme, s) => {
    const set = (field: (typeof SCHEME_FIELDS)[number], value: number): void => {
      rec.scheme[schemeIndex(s, field)] = value;
    };
    set('poolFen', year.pools[s] === Infinity ? -1 : year.pools[s]!);
    set('requestedFen', scheme.requestedFen);
    set('paidFen', scheme.paidFen);
    set('refusedFen', scheme.refusedFen);
    set('scaledFen', scheme.scaledFen);
    set('appsRequested', scheme.appsRequested);
    set('appsFunded', scheme.appsFunded);
    set('appsPartial', scheme.appsPartial);
    set('appsRefused', scheme.appsRefused);
    set('exhaustionDay', scheme.exhaustionDay ?? -1);
    const firms = ledger.firms.map((f) => f.schemes[s]!).filter((own) => own.requestedFen > 0);
    set('firmsRequested', firms.length);
    set('firmsFunded', firms.filter((own) => own.receivedFen >= own.requestedFen).length);
    set('firmsPartial', firms.filter((own) => own.receivedFen > 0 && own.receivedFen < own.requestedFen).length);
    set('firmsRefused', firms.filter((own) => own.receivedFen === 0).length);
    set('firmsAtCap', firms.filter((own) => own.reachedCap).length);
    scheme.paidByDay.forEach((fen, day) => {
      rec.dailyPaid[s * year.days + day] = fen;
    });
  });
}

/** Index of `field` of value `value` of dimension `dim` in RunRecord.group. */
function groupIndex(year: ReferenceYear, dim: GroupDim, value: string, field: GroupField): number {
  const v = year.shape.groups[dim].indexOf(value);
  if (v < 0) throw new Error(`no ${dim} ${value} in the record's shape`);
  return groupOffset(year.shape, dim) + v * GROUP_FIELDS.length + GROUP_FIELDS.indexOf(field);
}

/** Per group value: the application figures. */
function writeGroups(year: ReferenceYear, ledger: Ledger, rec: RunRecord): void {
  for (const dim of GROUP_DIMS) {
    for (const [value, g] of ledger.groups.get(dim) ?? []) {
      const fields: [GroupField, number][] = [
        ['apps', g.apps], ['contractFen', g.contractFen], ['basisFen', g.basisFen], ['requestedFen', g.requestedFen],
        ['paidFen', g.paidFen], ['refusedFen', g.refusedFen], ['scaledFen', g.scaledFen],
      ];
      for (const [field, n] of fields) rec.group[groupIndex(year, dim, value, field)] = n;
    }
  }
}

/** Per group value: the firms that applied, were refused, reached a cap; and the firms paid nothing, per tier. */
function writeFirmFigures(year: ReferenceYear, ledger: Ledger, rec: RunRecord): void {
  const add = (dim: GroupDim, value: string, field: GroupField, n: number): void => {
    rec.group[groupIndex(year, dim, value, field)]! += n;
  };
  for (const firm of ledger.firms) {
    if (!firm.applied) continue;
    const received = totalReceived(firm);
    const refused = totalRequested(firm) > 0 && received === 0 ? 1 : 0;
    const atCap = firm.schemes.some((own) => own.reachedCap) ? 1 : 0;
    const { tier, district } = firm.facts;
    const places: [GroupDim, string][] = [
      ['tier', year.shape.groups.tier[tier]!],
      ['district', district >= 0 ? year.rules.districts[district]! : NONE_OF_THE_DISTRICTS],
    ];
    for (const [dim, value] of places) {
      add(dim, value, 'firms', 1);
      add(dim, value, 'firmsRefused', refused);
      add(dim, value, 'firmsAtCap', atCap);
    }
    for (const key of firm.appliedIn) {
      const [dim, value] = key.split(':') as [GroupDim, string];
      add(dim, value, 'firms', 1);
      add(dim, value, 'firmsRefused', firm.requestedIn.has(key) && !firm.paidIn.has(key) ? 1 : 0);
      add(dim, value, 'firmsAtCap', atCap);
    }
    if (received === 0) {
      rec.unpaidFirms[tier * 2]! += 1;
      rec.unpaidFirms[tier * 2 + 1]! += refused;
    }
  }
}
