import type { YearSummary } from './Summary';

/**
 * The one firm count people read for a year: the mean number of firms that applied, as the sum of the tier table's
 * rows (each applicant firm is in exactly one tier). The cards, the tier tables' total row and the sentences that
 * give a tier's share of the applicants all use it, so no screen shows two counts of the firms. (The summary's
 * `total.firms.requested` counts only firms some scheme received a request from: a firm that applied for a voucher
 * no scheme issues is an applicant, not a requester.)
 * @example applicantFirms(year) // 278.1 for the default scenario: 124.4 + 82.5 + 47.9 + 17.2 + 6.1
 */
export function applicantFirms(y: YearSummary): number {
  return y.groups.tier.reduce((t, g) => t + g.firms.mean, 0);
}
