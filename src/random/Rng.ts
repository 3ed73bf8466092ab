/**
 * A source of uniform draws in [0, 1). Every sampler takes one as a parameter, never a global, so that a run's
 * draws depend only on its own stream (see `makeStream`).
 */
export type Rng = () => number;
