/**
 * Side-by-side charts of one kind (one per scenario) drawn on the same scales, so that bars, bands and histograms
 * compare by eye: each positional channel (x, y) that is quantitative or temporal gets the union of the domains
 * the charts would have alone, written as `scale.domain` in every chart. A chart made of panels (vconcat/hconcat,
 * e.g. one panel per scheme) is matched panel by panel, by the panel's `{field: 'panel', equal}` filter or else by
 * position; the panels of one chart keep their own scales.
 *
 *   specs ──panels──▶ units (mark + encoding, data inherited) ──values of x/x2, y/y2 (stacks summed)──▶ union ──▶ scale.domain
 *
 * Pure: returns new specs, the inputs are not changed.
 */
import type { TopLevelSpec } from 'vega-lite';

type Node = Record<string, unknown>;
type Row = Record<string, unknown>;
const CHANNELS = ['x', 'y'] as const;
type Channel = (typeof CHANNELS)[number];

interface Unit {
  node: Node;
  rows: Row[];
}

/** The units (nodes with a mark) under `node`, each with the rows it draws (inherited data, `equal` filters applied). */
function units(node: Node, rows: Row[], out: Unit[] = []): Unit[] {
  const data = node.data as { values?: unknown } | undefined;
  let mine = data && Array.isArray(data.values) ? (data.values as Row[]) : rows;
  for (const t of (node.transform as Node[] | undefined) ?? []) {
    const f = t.filter as Node | undefined;
    if (f && typeof f === 'object' && typeof f.field === 'string' && 'equal' in f) mine = mine.filter((r) => r[f.field as string] === f.equal);
  }
  if (node.mark !== undefined) out.push({ node, rows: mine });
  for (const l of (node.layer as Node[] | undefined) ?? []) units(l, mine, out);
  return out;
}

/**
 * The panels of a chart for channel `c`: the children of its concat, each with a matching key, or the chart itself;
 * children whose scale of `c` the chart resolves as shared are one panel (Vega-Lite takes the union of theirs).
 */
function panels(spec: Node, c: Channel): { key: string; units: Unit[] }[] {
  const data = spec.data as { values?: unknown } | undefined;
  const rows = data && Array.isArray(data.values) ? (data.values as Row[]) : [];
  const kids = (spec.vconcat ?? spec.hconcat ?? spec.concat) as Node[] | undefined;
  if (!kids) return [{ key: 'all', units: units(spec, rows) }];
  const shared = ((spec.resolve as Node | undefined)?.scale as Node | undefined)?.[c] === 'shared';
  if (shared) return [{ key: 'all', units: kids.flatMap((k) => units(k, rows)) }];
  return kids.map((k, i) => ({ key: panelKey(k) ?? `#${i}`, units: units(k, rows) }));
}

function panelKey(node: Node): string | null {
  const filters = [node, ...((node.layer as Node[] | undefined) ?? [])].flatMap((n) => (n.transform as Node[] | undefined) ?? []);
  const f = filters.map((t) => t.filter as Node | undefined).find((x) => x && typeof x === 'object' && x.field === 'panel');
  return f ? `panel=${JSON.stringify(f.equal)}` : null;
}

interface Extent {
  lo: number;
  hi: number;
  temporal: boolean;
  log: boolean;
  zero: boolean;
}

function num(v: unknown, temporal: boolean): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (temporal && (typeof v === 'string' || v instanceof Date)) {
    const t = v instanceof Date ? v.getTime() : Date.parse(v);
    return Number.isFinite(t) ? t : null;
  }
  return null;
}

/** The extent a channel covers in one panel's units, or null when the channel is not quantitative or temporal there. */
function extent(list: readonly Unit[], c: Channel): Extent | null {
  let e: Extent | null = null;
  const add = (v: number | null, base: Omit<Extent, 'lo' | 'hi'>): void => {
    if (v === null || (base.log && v <= 0)) return;
    e = e ? { ...e, lo: Math.min(e.lo, v), hi: Math.max(e.hi, v) } : { ...base, lo: v, hi: v };
  };
  for (const u of list) {
    const enc = (u.node.encoding ?? {}) as Record<string, Node | undefined>;
    const main = enc[c];
    if (!main || (main.type !== 'quantitative' && main.type !== 'temporal')) continue;
    const temporal = main.type === 'temporal';
    const scale = (main.scale ?? {}) as Node;
    const log = scale.type === 'log';
    const mark = typeof u.node.mark === 'string' ? u.node.mark : (u.node.mark as Node).type;
    const base = { temporal, log, zero: !temporal && !log && scale.zero !== false && (mark === 'bar' || mark === 'area' || mark === 'rect' || scale.zero === true) };
    const fields = [main, enc[`${c}2`]].filter((x): x is Node => !!x);
    const other = c === 'x' ? enc.y : enc.x;
    const stacked = (mark === 'bar' || mark === 'area') && main.stack !== null && main.stack !== false && !enc[`${c}2`]
      && !!(((u.node.encoding ?? {}) as Record<string, Node | undefined>).color?.field) && other?.field !== undefined;
    if (stacked) {
      // a stack reaches the sum of its positive parts (and of its negative ones) at each category
      const sums = new Map<unknown, { pos: number; neg: number }>();
      for (const r of u.rows) {
        const v = num(r[main.field as string], false);
        if (v === null) continue;
        const k = r[other!.field as string];
        const s = sums.get(k) ?? { pos: 0, neg: 0 };
        if (v >= 0) s.pos += v;
        else s.neg += v;
        sums.set(k, s);
      }
      for (const s of sums.values()) {
        add(s.pos, base);
        add(s.neg, base);
      }
      continue;
    }
    for (const f of fields) {
      if (typeof f.field === 'string') for (const r of u.rows) add(num(r[f.field], temporal), base);
      else if ('datum' in f) add(num(f.datum, temporal), base);
    }
  }
  if (e === null) return null;
  const x = e as Extent;
  return x.zero ? { ...x, lo: Math.min(0, x.lo), hi: Math.max(0, x.hi) } : x;
}

function setDomain(list: readonly Unit[], c: Channel, extent: [number, number], temporal: boolean): void {
  // Vega-Lite reads a temporal domain as date-times: give them as such (UTC), not as bare timestamps.
  const domain = temporal ? extent.map((t) => utcDateTime(t)) : extent;
  for (const u of list) {
    const enc = u.node.encoding as Record<string, Node | undefined> | undefined;
    const main = enc?.[c];
    if (!main || (main.type !== 'quantitative' && main.type !== 'temporal') || main.field === undefined) continue;
    // An explicit domain turns Vega-Lite's default rounding off: ask for it, so the shared axis ends on round ticks.
    main.scale = { ...((main.scale ?? {}) as Node), domain, ...(main.type === 'quantitative' ? { nice: true } : {}) };
  }
}

/** A timestamp as a Vega-Lite DateTime in UTC. */
function utcDateTime(t: number): Record<string, number | boolean> {
  const d = new Date(t);
  return { utc: true, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate(), hours: d.getUTCHours(), minutes: d.getUTCMinutes(), seconds: d.getUTCSeconds(), milliseconds: d.getUTCMilliseconds() };
}

/**
 * The specs with shared scales (see the file's comment). A channel whose extent cannot be read in some chart (no
 * numeric value) is left as it is in every chart.
 * @example shareScales([budgetExhaustion(a, 'zh'), budgetExhaustion(b, 'zh')]) // y domains equal, [0, the larger pool]
 */
export function shareScales(specs: readonly TopLevelSpec[]): TopLevelSpec[] {
  const copies = specs.map((s) => structuredClone(s) as unknown as Node);
  if (copies.length < 2) return copies as unknown as TopLevelSpec[];
  for (const c of CHANNELS) {
    const byKey = new Map<string, Unit[][]>();
    for (const spec of copies) {
      for (const p of panels(spec, c)) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p.units]);
    }
    for (const lists of byKey.values()) {
      if (lists.length < 2) continue;
      const extents = lists.map((l) => extent(l, c));
      if (extents.some((e) => e === null)) continue;
      const es = extents as Extent[];
      const domain: [number, number] = [Math.min(...es.map((e) => e.lo)), Math.max(...es.map((e) => e.hi))];
      if (domain[0] === domain[1]) continue;
      for (const l of lists) setDomain(l, c, domain, es[0]!.temporal);
    }
  }
  return copies as unknown as TopLevelSpec[];
}
