/**
 * Reads a summary.json for a report (Node only): the file must parse as JSON and conform to the summary's zod
 * schema (the version included), or the user is told what it is not. Nothing is re-run.
 */
import { UserError } from '../errors/UserError';
import { messages } from '../i18n/messages';
import { summarySchema, type Summary } from '../stats/Summary';
import { MAX_SUMMARY_BYTES } from '../yaml/limits';
import { readTextFile } from '../yaml/loadYamlFile';

/** At most this many schema problems are named: a file that is not a summary at all would list hundreds. */
const MAX_PROBLEMS = 3;

/**
 * @param path the file to read
 * @param shown the name the user gave (shown in messages)
 * @throws UserError when the file is missing, is not JSON, or is not a summary.json
 */
export function readSummaryFile(path: string, shown: string): Summary {
  let text: string;
  try {
    text = readTextFile(path, MAX_SUMMARY_BYTES);
  } catch (e) {
    if (e instanceof UserError) throw e.at({ file: shown });
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UserError('report.not-json', messages.reportNotJson((e as Error).message), { file: shown });
  }
  const parsed = summarySchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, MAX_PROBLEMS).map((i) => `${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`);
    if (parsed.error.issues.length > MAX_PROBLEMS) problems.push(`… (${parsed.error.issues.length - MAX_PROBLEMS} more)`);
    throw new UserError('report.not-summary', messages.reportNotSummary(problems), { file: shown });
  }
  return parsed.data;
}
