/**
 * summary.json as text: the summary validated against its zod definition and rebuilt in the schema's key
 * order (so a summary read back from a file and written again gives the same bytes), 2-space indent, a final
 * newline. Pure: safe in the browser.
 */
import { summarySchema, type Summary } from '../stats/Summary';

/**
 * @throws ZodError when the summary does not conform to its schema (a bug upstream)
 * @example summaryJson(summary).startsWith('{\n  "schemaVersion": 1,') // true
 */
export function summaryJson(summary: Summary): string {
  return `${JSON.stringify(summarySchema.parse(summary), null, 2)}\n`;
}
