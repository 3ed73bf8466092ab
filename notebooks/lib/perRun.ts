/**
 * Per-run values out of a simulation's accumulators, by name rather than by position: a group value's field
 * (e.g. what tier "large" was paid in each run) or a scheme's field. Runs come in run-index order, so the values
 * of two scenarios on the same seeds pair run i with run i (common random numbers).
 */
import type { Accumulator, GroupDim, GroupField, SchemeField } from '../../src/index';

/** The group values of a dimension, in the accumulator's order: key and label. */
export function groupValues(acc: Accumulator, dim: GroupDim): Array<{ key: string; label: { zh: string; en: string } }> {
  return acc.meta.groups[dim].map((g) => ({ key: g.key, label: g.label }));
}

/**
 * One number per run of a group value's field; all zeros when the scenario has no such group value (e.g. a
 * district no rule names), since nothing was recorded for it.
 */
export function groupColumn(acc: Accumulator, dim: GroupDim, key: string, field: GroupField): Float64Array {
  const i = acc.meta.groups[dim].findIndex((g) => g.key === key);
  return i < 0 ? new Float64Array(acc.count) : acc.column(acc.groupOffset(dim, i, field));
}

/**
 * One number per run of a scheme's field, by scheme id.
 * @throws Error when the scenario has no such scheme
 */
export function schemeColumn(acc: Accumulator, schemeId: string, field: SchemeField): Float64Array {
  const i = acc.shape.schemeIds.indexOf(schemeId);
  if (i < 0) throw new Error(`no scheme ${schemeId} in this simulation (it has ${acc.shape.schemeIds.join(', ')})`);
  return acc.schemeColumn(i, field);
}

/** The mean of per-run values, summed in run order. */
export function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return values.length === 0 ? NaN : s / values.length;
}
