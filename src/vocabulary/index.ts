/**
 * The words the policy documents, the population and the scenario share: the three vouchers, the compute
 * categories, the levels of government, and the flags an application carries. It imports nothing: policy,
 * population and scenario all read it, and none of them has to reach into another for it.
 *
 * Index codes used in typed arrays follow the order of these lists: vouchers 0 compute / 1 corpus / 2 model;
 * categories 0 maas / 1 domestic / 2 other (−1: none); levels 0 province / 1 city / 2 district.
 */

export const VOUCHERS = ['compute', 'corpus', 'model'] as const;
/** 算力券 compute, 语料券 corpus (data), 模型券 model. */
export type Voucher = (typeof VOUCHERS)[number];

export const COMPUTE_CATEGORIES = ['maas', 'domestic', 'other'] as const;
/**
 * The Hangzhou 2024 compute sub-categories (hangzhou-2024 （三）): MaaS or agent development on a registered
 * generative multimodal foundation model; domestic (国产) compute; other compute.
 */
export type ComputeCategory = (typeof COMPUTE_CATEGORIES)[number];

export const LEVELS = ['province', 'city', 'district'] as const;
/** Which level of government issues or pays. */
export type Level = (typeof LEVELS)[number];

/** Application flag bits (`AppInput.flags`, the population's `appFlags`); the same bits report which condition failed. */
export const FLAG_SELF_CONTROLLED = 1;
export const FLAG_FOUNDATION_MODEL = 2;
export const FLAG_SME = 4;
