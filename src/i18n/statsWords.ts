/**
 * The words of the summaries (src/stats): the labels of group values the rules do not name themselves. The
 * vouchers' names are messages.voucherName.
 */

/** The compute categories (vocabulary COMPUTE_CATEGORIES), and a group value that is none of them, as reports show them. */
export const groupValueLabels = {
  maas: { zh: 'MaaS/智能体开发', en: 'MaaS / agents' },
  domestic: { zh: '国产算力', en: 'domestic compute' },
  other: { zh: '其他算力', en: 'other compute' },
  none: { zh: '（无）', en: '(none)' },
};
