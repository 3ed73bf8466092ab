/**
 * The population of applicant firms after validation and normalisation: plain data (no functions, no class
 * instances) so that it can be posted to a worker, read by `makePopulationSampler`, and shown in reports.
 *
 *   scenario YAML `population:` ──populationSchema (schema.ts)──▶ PopulationModel (this file)
 *   PopulationModel + {year, districts} ──makePopulationSampler──▶ sample(rng, buffers) each run-year
 *
 * Money is integer fen, ratios and probabilities integer basis points (10,000 = 100%), except where a field
 * says otherwise (lognormal parameters are of ln yuan; weights are plain non-negative numbers).
 */
import type { Bilingual } from '../i18n/Bilingual';
import type { BasisPoints, Fen } from '../money/fen';
import type { ComputeCategory } from '../vocabulary';

/**
 * A law for a whole number of things (firms in a year, contracts of a firm for one voucher).
 * `negative-binomial` is the gamma–Poisson mixture with the given mean and dispersion (size) r:
 * variance = mean + mean² / r, so a large r is close to Poisson.
 */
export type CountLaw =
  | { law: 'fixed'; n: number }
  | { law: 'poisson'; mean: number }
  | { law: 'negative-binomial'; mean: number; dispersion: number };

/** How many contracts a firm that seeks a voucher has in the year; `atLeastOne` makes a draw of 0 count as 1. */
export type ContractCountLaw = CountLaw & { atLeastOne: boolean };

/**
 * The law of one contract's amount (合同费用). Lognormal parameters are of ln(yuan); the others are in fen.
 * Empirical weights are non-negative and sum to a positive number.
 */
export type AmountLaw =
  | { law: 'constant'; valueFen: Fen }
  | { law: 'uniform'; minFen: Fen; maxFen: Fen }
  | { law: 'lognormal'; mu: number; sigma: number }
  | { law: 'triangular'; minFen: Fen; modeFen: Fen; maxFen: Fen }
  | { law: 'empirical'; valuesFen: Fen[]; weights: number[] };

/** Bounds an amount law is truncated to (inclusive), in fen. */
export interface Truncation {
  minFen: Fen;
  maxFen: Fen;
}

/** An amount law with its optional truncation. */
export type AmountModel = AmountLaw & { truncate: Truncation | null };

/**
 * The executed share (合同实际执行金额 / 合同费用, zhejiang-2025 （十五）（十八）（二十一）): constant, or a beta law
 * (a `{mean, sd}` in the scenario file is converted to `{alpha, beta}`).
 */
export type ExecutedLaw = { law: 'constant'; bp: BasisPoints } | { law: 'beta'; alpha: number; beta: number };

/** What a firm of a tier does about one voucher. */
export interface VoucherDemand {
  /** Probability that a firm of the tier seeks the voucher this year (its marginal; see `Tier.seekCorrelation`). */
  seekBp: BasisPoints;
  count: ContractCountLaw;
  amount: AmountModel;
  executed: ExecutedLaw;
}

/** Compute (算力券) demand adds each contract's category (hangzhou-2024 （三）) and the chance it is self-controlled (zhejiang-2025 （十五）). */
export interface ComputeDemand extends VoucherDemand {
  /** Share of compute contracts in each category; sums to 10,000. */
  categoryBp: Record<ComputeCategory, BasisPoints>;
  /** Probability that a contract of the category buys self-controlled (自主) compute. */
  selfControlledBp: Record<ComputeCategory, BasisPoints>;
}

/** A class of firms (e.g. 微型/小型/中型/大型/基础大模型企业) with its share and behaviour. */
export interface Tier {
  id: string;
  label: Bilingual;
  /** Share of firms in this tier; the tiers' shares sum to 10,000. */
  shareBp: BasisPoints;
  /** Probability that a firm is an SME (中小企业). */
  smeBp: BasisPoints;
  /** Probability that a firm is a generative multimodal foundation-model firm (hangzhou-2024 （三） 可以放宽). */
  foundationModelBp: BasisPoints;
  /** Probability of being in each named district; the rest (10,000 − Σ) are in none. */
  districtBp: Record<string, BasisPoints>;
  /**
   * ρ of the Gaussian copula with one common factor that links the vouchers a firm seeks:
   * z_v = √ρ·c + √(1−ρ)·ε_v, and the firm seeks v when z_v < Φ⁻¹(p_v). 0 = independent.
   */
  seekCorrelationBp: BasisPoints;
  /** Only the vouchers the tier may seek; an absent voucher is never sought. */
  vouchers: { compute?: ComputeDemand; corpus?: VoucherDemand; model?: VoucherDemand };
}

/** An application window inside the year, by month (1–12) and day of month (inclusive). */
export interface ArrivalWindow {
  from: { month: number; day: number };
  to: { month: number; day: number };
}

/**
 * When applications arrive: a Poisson process over the year whose daily intensity is the weight of the day's
 * month, and zero outside the windows (when there are any).
 */
export interface Arrivals {
  /** 12 relative daily intensities, January first; flat by default. */
  monthlyWeights: number[];
  /** Days outside every window get no application; an empty list means the whole year is open. */
  windows: ArrivalWindow[];
}

/** The firms that consider the vouchers each year, and how they apply. */
export interface PopulationModel {
  /**
   * How many firms consider applying in a year. Each then seeks vouchers by its tier's probabilities; a firm
   * that seeks none, or draws no contract, makes no application.
   */
  firms: CountLaw;
  tiers: Tier[];
  arrivals: Arrivals;
  /**
   * Present when the population is drawn by resampling past applicants (a firm-level bootstrap, src/data): each
   * year `firms` applicant firms are drawn from this law and each is a past firm-year taken whole, with its
   * applications. `tiers` then describes the fitted population the data came from (for labels and reports).
   */
  resample?: ResampleData;
}

/** One past firm-year: its tier, flags and applications (fen, basis points, month and day). */
export interface FirmTemplate {
  /** Index in `PopulationModel.tiers`. */
  tier: number;
  sme: boolean;
  foundationModel: boolean;
  district: string | null;
  apps: { month: number; day: number; voucher: number; contractFen: number; executedBp: number; category: number; selfControlled: boolean }[];
}

/** The firm-years a resampled population draws from, and the law of how many apply in a year. */
export interface ResampleData {
  firms: CountLaw;
  templates: FirmTemplate[];
  /** The applications files, as named in the population file. */
  sources: string[];
}
