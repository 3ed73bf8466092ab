/**
 * What happens when a pool runs short. The documents do not say (docs/sources.md, ambiguity 5), so the scenario
 * chooses one mechanism; none is a default hidden in code.
 *
 * - `fcfs-partial`: first come, first served; the application that meets an almost empty pool gets what is left.
 * - `fcfs-strict`: first come, first served; an application that no longer fits whole gets nothing, and a later,
 *   smaller one may still fit.
 * - `batch-prorata`: applications are gathered per period (month or quarter) and settled on the period's last
 *   day; an oversubscribed batch is scaled down pro rata (by a rate rounded down to 0.01%).
 * - `batch-ranked`: per period, applications are paid in the order of the scenario's priority, the last one partly.
 * - `lottery`: per period, applications are paid in a random order (the run's own allocation stream), the last partly.
 */
export const MECHANISMS = ['fcfs-partial', 'fcfs-strict', 'batch-prorata', 'batch-ranked', 'lottery'] as const;
export type Mechanism = (typeof MECHANISMS)[number];

export const BATCH_PERIODS = ['month', 'quarter'] as const;
export type BatchPeriod = (typeof BATCH_PERIODS)[number];

/**
 * A priority criterion for `batch-ranked`, most important first. `category:domestic` puts domestic compute first,
 * `sme` SMEs first, `tier:<id>` a tier first, `smaller-first`/`larger-first` order by the request, `earlier-first`
 * by arrival (the implicit last tie-break).
 */
export type PriorityKey = string;

export interface AllocationModel {
  mechanism: Mechanism;
  /** For the batch mechanisms and the lottery. */
  period: BatchPeriod;
  priority: PriorityKey[];
  /**
   * When the chosen scheme's pool cannot pay, may the next most favourable scheme with money pay instead?
   * Off by default: money one scheme cannot pay does not flow to another unless the scenario says so.
   */
  fallback: boolean;
}
