import type { Dated } from '../policy/model';

/**
 * A policy value (pool, cap, ratio) replaced by an analysis, marked as resolveRules marks a scenario's overrides:
 * `adjusted`, with the document's own value kept in `published` (none when an option gave it).
 *
 * @example adjustDated(pool, 20_000_000_000) // {...pool, value: 20_000_000_000, adjusted: true, published: 25_000_000_000}
 */
export function adjustDated<D extends Dated<unknown>>(d: D, value: D['value']): D {
  const published = d.published !== undefined ? d.published : d.option === undefined ? d.value : undefined;
  return { ...d, value, adjusted: true, ...(published === undefined ? {} : { published }) };
}
